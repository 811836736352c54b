package dev.opsgrade.check.backup;

import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.acceptance.RecordEvidence;
import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.DrSpec;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * bak.restore-drill: the latest restore drill of the last 30 days passed, and its measured RTO is
 * under dr.rto_target. Drills come from the history ({@code drill.record} facts).
 */
public final class RestoreDrillCheck implements Check {
  static final Duration WINDOW = Duration.ofDays(30);

  /** dr.rto_target's default, for an inventory without a dr section. */
  static final Duration DEFAULT_RTO = Duration.ofHours(1);

  @Override
  public String id() {
    return "bak.restore-drill";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    String subject =
        evidence
            .inventory()
            .dr()
            .flatMap(DrSpec::drill)
            .map(d -> d.repository() + " (" + d.tool() + ")")
            .orElse(evidence.inventory().name());
    Optional<String> unread = RecordEvidence.missing(evidence, RecordEvidence.RECORDS);
    if (unread.isPresent()) {
      return List.of(findings.unverified(subject, "no drill records: " + unread.get()));
    }
    Duration target = evidence.inventory().dr().map(DrSpec::rtoTarget).orElse(DEFAULT_RTO);
    List<FactView<DrillRecord>> drills =
        evidence.all(DrillRecord.class).stream()
            .sorted(
                Comparator.comparing((FactView<DrillRecord> d) -> d.data().performedAt())
                    .reversed())
            .toList();
    if (drills.isEmpty()) {
      return List.of(
          findings.of(
              Status.FAIL,
              subject,
              "no restore drill recorded"
                  + (evidence.inventory().dr().flatMap(DrSpec::drill).isEmpty()
                      ? ": configure dr.drill and run opsgrade drill"
                      : ": run opsgrade drill"),
              Optional.empty(),
              List.of()));
    }
    FactView<DrillRecord> latest = drills.get(0);
    Duration age = Duration.between(latest.data().performedAt(), evidence.now());
    if (age.compareTo(WINDOW) > 0) {
      return List.of(
          findings.about(
              Status.FAIL,
              subject,
              "the latest drill ("
                  + latest.data().target()
                  + ") was "
                  + Ages.describe(age)
                  + " ago, more than 30 days",
              latest));
    }
    return List.of(judge(subject, latest, age, target, findings));
  }

  private static Finding judge(
      String subject,
      FactView<DrillRecord> latest,
      Duration age,
      Duration target,
      Findings findings) {
    DrillRecord drill = latest.data();
    String when = "the drill of " + drill.target() + " " + Ages.describe(age) + " ago";
    if (!drill.passed()) {
      return findings.about(Status.FAIL, subject, when + " failed: " + drill.detail(), latest);
    }
    if (drill.durationSeconds().isEmpty()) {
      return findings.about(Status.WARN, subject, when + " passed but no RTO was measured", latest);
    }
    Duration rto = Duration.ofSeconds(drill.durationSeconds().get());
    String measured =
        "measured RTO " + Ages.describe(rto) + " (target " + Ages.describe(target) + ")";
    if (rto.compareTo(target) > 0) {
      return findings.about(
          Status.FAIL, subject, when + " passed, but " + measured + " is over target", latest);
    }
    return findings.about(Status.PASS, subject, when + " passed, " + measured, latest);
  }
}
