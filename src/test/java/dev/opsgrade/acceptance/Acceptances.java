package dev.opsgrade.acceptance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Acceptance records as accept writes them, for tests of what reads them. */
public final class Acceptances {
  private Acceptances() {}

  public static AcceptanceRecord full(String phase, Instant at) {
    return record(phase, at, AcceptanceRecord.Kind.FULL, Optional.empty(), Optional.empty());
  }

  public static AcceptanceRecord conditional(String phase, Instant at, LocalDate until) {
    return record(
        phase, at, AcceptanceRecord.Kind.CONDITIONAL, Optional.of(until), Optional.empty());
  }

  public static AcceptanceRecord override(String phase, Instant at, String reason) {
    return record(phase, at, AcceptanceRecord.Kind.OVERRIDE, Optional.empty(), Optional.of(reason));
  }

  private static AcceptanceRecord record(
      String phase,
      Instant at,
      AcceptanceRecord.Kind kind,
      Optional<LocalDate> until,
      Optional<String> override) {
    return new AcceptanceRecord(
        "homelab",
        phase,
        "Phase " + phase,
        at,
        "j.doe",
        kind,
        until,
        until.map(u -> "the socket proxy replaces the mounted socket"),
        override,
        new AcceptanceRecord.Assessed(at.minusSeconds(3600), 86.4, "A", true, "ab".repeat(32)),
        List.of(),
        List.of(),
        List.of(),
        "phases/PHASE-" + phase + "/USER_ACCEPTANCE.md",
        "cd".repeat(32));
  }
}
