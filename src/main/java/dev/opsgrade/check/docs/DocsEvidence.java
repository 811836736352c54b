package dev.opsgrade.check.docs;

import dev.opsgrade.check.Findings;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the doc checks share: why there is no docs evidence, and how durations read. */
final class DocsEvidence {
  private DocsEvidence() {}

  /** An UNVERIFIED finding when the docs are not configured or their collector failed. */
  static Optional<Finding> missing(Evidence evidence, Findings findings) {
    String subject = evidence.inventory().name();
    if (evidence.inventory().docs().isEmpty()) {
      return Optional.of(
          findings.unverified(
              subject,
              "no docs configured: add docs.path (with docs.inventory and docs.max_age) to the"
                  + " inventory"));
    }
    List<CollectorRun> runs = evidence.runs("docs");
    if (runs.isEmpty()) {
      return Optional.of(findings.unverified(subject, "the docs collector did not run"));
    }
    if (runs.stream().noneMatch(CollectorRun::succeeded)) {
      String why =
          runs.stream()
              .map(r -> r.outcome() + " " + r.target() + ": " + r.detail())
              .collect(Collectors.joining("; "));
      return Optional.of(findings.unverified(subject, "the docs collector failed (" + why + ")"));
    }
    return Optional.empty();
  }

  /** "30 days", "36 hours". */
  static String describe(Duration duration) {
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
    }
    return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
  }
}
