package dev.opsgrade.cli;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.collect.backup.DrillOutcome;
import java.time.Duration;

/** What `opsgrade drill` prints, and the detail it records. */
final class DrillText {
  private DrillText() {}

  static String detail(DrillOutcome outcome, long seconds, Duration rtoTarget) {
    String rto = "RTO " + seconds + " s (target " + rtoTarget.toSeconds() + " s)";
    if (outcome.snapshot().isEmpty()) {
      return "failed before restoring: " + String.join("; ", outcome.problems()) + "; " + rto;
    }
    String restored =
        "restored snapshot "
            + outcome.snapshot().get()
            + ": "
            + outcome.files()
            + " entries, "
            + outcome.bytes()
            + " bytes; verified "
            + outcome.verified();
    return outcome.passed()
        ? restored + "; " + rto
        : restored + "; FAILED: " + String.join("; ", outcome.problems()) + "; " + rto;
  }

  static String report(
      String target, DrillOutcome outcome, long seconds, Duration rtoTarget, JournalEntry entry) {
    StringBuilder out = new StringBuilder();
    boolean inTime = Duration.ofSeconds(seconds).compareTo(rtoTarget) <= 0;
    out.append(outcome.passed() ? "Drill PASSED" : "Drill FAILED")
        .append(": ")
        .append(target)
        .append('\n');
    outcome.snapshot().ifPresent(s -> out.append("  snapshot:  ").append(s).append('\n'));
    if (outcome.snapshot().isPresent()) {
      out.append("  restored:  ")
          .append(outcome.files())
          .append(" entries, ")
          .append(outcome.bytes())
          .append(" bytes")
          .append(outcome.restoreTime().map(t -> " in " + t.toMillis() + " ms").orElse(""))
          .append('\n');
      out.append("  verified:  ").append(outcome.verified()).append('\n');
    }
    out.append("  RTO:       ")
        .append(seconds)
        .append(" s measured, target ")
        .append(rtoTarget.toSeconds())
        .append(" s: ")
        .append(inTime ? "within target" : "OVER TARGET")
        .append('\n');
    for (String problem : outcome.problems()) {
      out.append("  problem:   ").append(problem).append('\n');
    }
    out.append("  recorded:  journal entry ")
        .append(entry.seq())
        .append(" (")
        .append(entry.hash(), 0, Math.min(12, entry.hash().length()))
        .append(")\n");
    return out.toString();
  }
}
