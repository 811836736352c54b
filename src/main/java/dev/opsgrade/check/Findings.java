package dev.opsgrade.check;

import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/** Makes findings for one check, filling in its category and severity from the catalogue. */
public final class Findings {
  private final CheckMetadata metadata;

  public Findings(CheckMetadata metadata) {
    this.metadata = metadata;
  }

  public CheckMetadata metadata() {
    return metadata;
  }

  public Finding of(
      Status status, String subject, String message, Optional<Location> location, List<String> ev) {
    return new Finding(
        metadata.id(),
        metadata.category(),
        status,
        metadata.severity(),
        subject,
        message,
        location,
        List.copyOf(ev),
        Optional.empty(),
        Optional.empty());
  }

  /** A finding about one fact, located where the fact was read. */
  public Finding about(Status status, String subject, String message, FactView<?> fact) {
    return of(status, subject, message, Optional.of(fact.location()), List.of(fact.id()));
  }

  public Finding pass(String subject, String message, FactView<?> fact) {
    return about(Status.PASS, subject, message, fact);
  }

  /** A failure with a fix specific to this subject (the catalogue's fix is the general one). */
  public Finding fail(
      String subject, String message, Location location, List<String> ev, String specificFix) {
    Finding base = of(Status.FAIL, subject, message, Optional.of(location), ev);
    return new Finding(
        base.check(),
        base.category(),
        base.status(),
        base.severity(),
        base.subject(),
        base.message(),
        base.location(),
        base.evidence(),
        Optional.of(specificFix),
        Optional.empty());
  }

  /** No evidence: scores as a failure and says what is missing. */
  public Finding unverified(String subject, String missing) {
    return of(Status.UNVERIFIED, subject, "no evidence: " + missing, Optional.empty(), List.of());
  }

  public Finding notApplicable(String subject, String why) {
    return of(Status.NOT_APPLICABLE, subject, why, Optional.empty(), List.of());
  }
}
