package dev.opsgrade.collect.phases;

import dev.opsgrade.model.FactKind;
import java.util.List;

/**
 * The folder dated reports are written to: a phase's deliverables may be there instead of in the
 * phase folder.
 */
@FactKind("phase.reports")
public record ReportsFolder(String folder, boolean exists, List<String> files) {}
