package dev.opsgrade.pipeline;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.report.ReportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What the user asked for: a live assessment of {@code target} (an inventory file or a folder), or
 * a re-grade of a saved evidence bundle. {@code writeFiles} false writes nothing (no evidence, no
 * reports), as for `opsgrade claims`.
 */
public record AssessmentRequest(
    Path target,
    Optional<Path> fromEvidence,
    Set<ReportFormat> formats,
    Optional<Path> out,
    boolean recordHistory,
    boolean writeFiles,
    CollectContext.Options options,
    Duration deadline) {}
