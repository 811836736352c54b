package dev.opsgrade.check.acceptance;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What the acceptance checks ask of the evidence besides facts: the day, and failed readers. */
public final class RecordEvidence {
  public static final String RECORDS = "records";
  public static final String TODO = "todo";

  private RecordEvidence() {}

  /** The day of the assessment, in UTC, as waivers and conditions are dated. */
  public static LocalDate today(Evidence evidence) {
    return LocalDate.ofInstant(evidence.now(), ZoneOffset.UTC);
  }

  /**
   * Why the facts of {@code collector} cannot be trusted to be complete: it did not run, was not
   * configured, or failed on a target; empty when every run succeeded.
   */
  public static Optional<String> missing(Evidence evidence, String collector) {
    List<CollectorRun> runs = evidence.runs(collector);
    if (runs.isEmpty()) {
      return Optional.of("the " + collector + " collector did not run");
    }
    return runs.stream()
        .filter(r -> !r.succeeded())
        .findFirst()
        .map(r -> r.collector() + " " + describe(r) + " at " + r.target() + ": " + r.detail());
  }

  private static String describe(CollectorRun run) {
    return switch (run.outcome()) {
      case NOT_CONFIGURED -> "is not configured";
      case TIMED_OUT -> "timed out";
      default -> "failed";
    };
  }
}
