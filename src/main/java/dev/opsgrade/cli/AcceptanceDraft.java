package dev.opsgrade.cli;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.score.Assessment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the user asked to accept, turned into the record to sign (its document hash comes last). */
record AcceptanceDraft(
    String acceptedBy,
    Optional<LocalDate> conditionalUntil,
    Optional<String> conditions,
    Optional<String> overrideReason,
    List<String> procedures) {

  AcceptanceRecord.Kind kind() {
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
