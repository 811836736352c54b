package dev.opsgrade.collect.phases;

import dev.opsgrade.model.FactKind;
import java.util.List;

/** A phase's folder: whether it exists and the files directly in it, relative to the inventory. */
@FactKind("phase.folder")
public record PhaseFolder(String phase, String folder, boolean exists, List<String> files) {}
