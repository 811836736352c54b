package dev.opsgrade.acceptance;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A procedure tested for real (a restore drill): what was exercised, when, whether it worked and
 * how long it took. {@code procedures} names the documents it tested (paths relative to the
 * inventory); a drill naming none tested the disaster recovery procedures in general.
 */
@FactKind("drill.record")
public record DrillRecord(
    String inventory,
    String target,
    Instant performedAt,
    boolean passed,
    Optional<Long> durationSeconds,
    List<String> procedures,
    String detail) {}
