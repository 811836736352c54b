package dev.opsgrade.acceptance;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A phase signed off by a person, with what the evidence said at that moment: the grade, the
 * criteria with their results, the evidence bundle's SHA-256 and the SHA-256 of the
 * USER_ACCEPTANCE.md written for it. Stored in the history; read back into the evidence as a fact.
 */
@FactKind("acceptance.record")
public record AcceptanceRecord(
    String inventory,
    String phase,
    String phaseName,
    Instant acceptedAt,
    String acceptedBy,
    Kind kind,
    Optional<LocalDate> conditionalUntil,
    Optional<String> conditions,
    Optional<String> overrideReason,
    Assessed assessed,
    List<CriterionResult> criteria,
    List<DeliverableResult> deliverables,
    List<String> procedures,
    String document,
    String documentSha256) {

  public enum Kind {
    /** Every criterion met. */
    FULL,
    /** Accepted while conditions remain, until a date. */
    CONDITIONAL,
    /** Accepted although a criterion was not met, for a recorded reason. */
    OVERRIDE
  }

  /** The assessment the acceptance rests on. */
  public record Assessed(
      Instant collectedAt,
      double score,
      String letter,
      boolean productionReady,
      String evidenceSha256) {}

  /** Whether this acceptance, on {@code today}, is a conditional one past its date. */
  public boolean expiredOn(LocalDate today) {
    return kind == Kind.CONDITIONAL && conditionalUntil.map(today::isAfter).orElse(false);
  }
}
