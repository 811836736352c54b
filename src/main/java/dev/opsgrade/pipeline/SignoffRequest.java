package dev.opsgrade.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request to sign off phase {@code phaseId}, as `opsgrade accept` options or the dashboard's form
 * give it. {@code procedures} are paths relative to the inventory's folder, already checked to
 * exist.
 */
public record SignoffRequest(
    String phaseId,
    String by,
    Optional<LocalDate> conditionalUntil,
    Optional<String> reason,
    Optional<String> override,
    List<String> procedures) {
  public SignoffRequest {
    procedures = List.copyOf(procedures);
  }
}
