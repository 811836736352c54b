package dev.opsgrade.pipeline;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Changes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An assessment with what it was compared to and the files written for it. */
public record AssessmentOutcome(
    Assessment assessment,
    Optional<Assessment> previous,
    Changes changes,
    List<Path> written,
    Optional<Long> historyId) {}
