package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.collect.backup.BackupIntegrity;
import dev.opsgrade.collect.backup.BackupRepository;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.DrSpec;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the restic and borg collectors and the drill records measured, one table per part. */
final class BackupFactTables {
  private BackupFactTables() {}

  static Optional<String> newest(Evidence evidence) {
    MarkdownTable table =
        MarkdownTable.of("repository", "host", "snapshots", "newest", "age", "per tag")
            .rightAligned(2);
    for (FactView<BackupRepository> fact : repositories(evidence)) {
      BackupRepository repository = fact.data();
      for (BackupRepository.Host host : repository.hosts()) {
        table.row(
            repository.name() + " (" + repository.tool() + ")",
            host.hostname(),
            Integer.toString(host.snapshots()),
            host.newest().toString(),
            Ages.describe(Duration.between(host.newest(), evidence.now())),
            host.tagged().stream()
                .map(
                    t ->
                        (t.tags().isEmpty() ? "(no tag)" : String.join(",", t.tags()))
                            + " "
                            + t.newest())
                .collect(Collectors.joining("; ")));
      }
      if (repository.hosts().isEmpty()) {
        table.row(
            repository.name() + " (" + repository.tool() + ")",
            FindingText.NONE,
            "0",
            FindingText.NONE,
            FindingText.NONE,
            FindingText.NONE);
      }
    }
    return rendered(table);
  }

  static Optional<String> retention(Evidence evidence) {
    Optional<BackupSpec.Retention> policy =
        evidence.inventory().backup().flatMap(BackupSpec::retention);
    MarkdownTable table =
        MarkdownTable.of("repository", "host", "daily", "weekly", "monthly", "oldest")
            .rightAligned(2, 3, 4);
    for (FactView<BackupRepository> fact : repositories(evidence)) {
      for (BackupRepository.Host host : fact.data().hosts()) {
        table.row(
            fact.data().name() + " (" + fact.data().tool() + ")",
            host.hostname(),
            kept(host.days(), policy.map(BackupSpec.Retention::daily)),
            kept(host.weeks(), policy.map(BackupSpec.Retention::weekly)),
            kept(host.months(), policy.map(BackupSpec.Retention::monthly)),
            host.oldest().toString());
      }
    }
    return rendered(table);
  }

  static Optional<String> integrity(Evidence evidence) {
    MarkdownTable table =
        MarkdownTable.of("repository", "result", "data read", "took", "detail").rightAligned(3);
    evidence.all(BackupIntegrity.class).stream()
        .map(FactView::data)
        .sorted(Comparator.comparing(BackupIntegrity::tool).thenComparing(BackupIntegrity::name))
        .forEach(
            i ->
                table.row(
                    i.name() + " (" + i.tool() + ")",
                    i.outcome().name(),
                    i.dataRead(),
                    i.seconds() + " s",
                    i.detail()));
    return rendered(table);
  }

  static Optional<String> drills(Evidence evidence) {
    Duration target = evidence.inventory().dr().map(DrSpec::rtoTarget).orElse(Duration.ofHours(1));
    MarkdownTable table =
        MarkdownTable.of("performed", "target", "result", "measured RTO", "RTO target", "detail");
    evidence.all(DrillRecord.class).stream()
        .map(FactView::data)
        .sorted(Comparator.comparing(DrillRecord::performedAt).reversed())
        .limit(5)
        .forEach(
            d ->
                table.row(
                    d.performedAt().toString(),
                    d.target(),
                    d.passed() ? "passed" : "FAILED",
                    d.durationSeconds()
                        .map(s -> Ages.describe(Duration.ofSeconds(s)))
                        .orElse(FindingText.NONE),
                    Ages.describe(target),
                    d.detail()));
    return rendered(table);
  }

  private static String kept(int kept, Optional<Integer> wanted) {
    return kept + wanted.map(w -> " of " + w).orElse("");
  }

  private static List<FactView<BackupRepository>> repositories(Evidence evidence) {
    return evidence.all(BackupRepository.class).stream()
        .sorted(
            Comparator.comparing((FactView<BackupRepository> f) -> f.data().tool())
                .thenComparing(f -> f.data().name()))
        .toList();
  }

  private static Optional<String> rendered(MarkdownTable table) {
    return table.isEmpty() ? Optional.empty() : Optional.of(table.render());
  }
}
