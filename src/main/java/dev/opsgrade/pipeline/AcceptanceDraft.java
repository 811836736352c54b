package dev.opsgrade.pipeline;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.score.Assessment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the user asked to accept, turned into the record to sign (its document hash comes last). */
public record AcceptanceDraft(
    String acceptedBy,
    Optional<LocalDate> conditionalUntil,
    Optional<String> conditions,
    Optional<String> overrideReason,
    List<String> procedures) {

  /** The draft of what the options ask for, or a usage error saying what does not fit. */
  public static AcceptanceDraft of(
      String by,
      Optional<LocalDate> until,
      Optional<String> reason,
      Optional<String> override,
      List<String> procedures,
      LocalDate today) {
    if (by.isBlank()) {
      throw new SignoffException("--by needs the name of who accepts");
    }
    if (until.isPresent() != reason.filter(r -> !r.isBlank()).isPresent()) {
      throw new SignoffException(
          "a conditional acceptance needs both --conditional-until DATE and --reason TEXT");
    }
    if (until.filter(d -> !d.isAfter(today)).isPresent()) {
      throw new SignoffException(
          "--conditional-until must be after today (" + today + "), not " + until.get());
    }
    if (override.isPresent() && until.isPresent()) {
      throw new SignoffException(
          "--override is for an unconditional acceptance; a conditional one is accepted while"
              + " criteria fail");
    }
    if (override.filter(String::isBlank).isPresent()) {
      throw new SignoffException("--override needs the reason why the phase is accepted anyway");
    }
    return new AcceptanceDraft(
        by.strip(), until, reason.map(String::strip), override.map(String::strip), procedures);
  }

  public AcceptanceRecord.Kind kind() {
    if (conditionalUntil.isPresent()) {
      return AcceptanceRecord.Kind.CONDITIONAL;
    }
    return overrideReason.isPresent() ? AcceptanceRecord.Kind.OVERRIDE : AcceptanceRecord.Kind.FULL;
  }

  AcceptanceRecord record(
      String inventory, PhaseStatus status, Assessment assessment, Instant at, String document) {
    return new AcceptanceRecord(
        inventory,
        status.phase().id(),
        status.phase().name(),
        at,
        acceptedBy,
        kind(),
        conditionalUntil,
        conditions,
        overrideReason,
        new AcceptanceRecord.Assessed(
            assessment.collectedAt(),
            assessment.grade().score(),
            assessment.grade().letter(),
            assessment.grade().productionReady(),
            assessment.evidenceSha256()),
        status.criteria(),
        status.deliverables(),
        procedures,
        document,
        "");
  }

  static AcceptanceRecord signed(AcceptanceRecord r, String documentSha256) {
    return new AcceptanceRecord(
        r.inventory(),
        r.phase(),
        r.phaseName(),
        r.acceptedAt(),
        r.acceptedBy(),
        r.kind(),
        r.conditionalUntil(),
        r.conditions(),
        r.overrideReason(),
        r.assessed(),
        r.criteria(),
        r.deliverables(),
        r.procedures(),
        r.document(),
        documentSha256);
  }
}
