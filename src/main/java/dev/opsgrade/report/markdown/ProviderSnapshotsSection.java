package dev.opsgrade.report.markdown;

import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.collect.snapshots.HostSnapshots;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.collect.snapshots.SnapshotCreation;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.BackupSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The BACKUP_DR_STATUS section on provider snapshots: per host, the newest snapshot, when it was
 * taken and its age at collection against backup.max_age; then any snapshot taken on request.
 */
public final class ProviderSnapshotsSection {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ProviderSnapshotsSection() {}

  public static String render(Evidence evidence) {
    return "## Provider snapshots\n\n" + body(evidence);
  }

  /** The section without its heading, for a document that gives its own. */
  public static String body(Evidence evidence) {
    StringBuilder out = new StringBuilder();
    Optional<BackupSpec> backup = evidence.inventory().backup();
    List<HostSnapshots> hosts =
        evidence.all(HostSnapshots.class).stream()
            .map(FactView::data)
            .sorted(
                Comparator.comparing(HostSnapshots::host).thenComparing(HostSnapshots::provider))
            .toList();
    if (backup.flatMap(BackupSpec::contabo).isEmpty() && hosts.isEmpty()) {
      return out.append("No snapshot provider is configured (backup.contabo).\n").toString();
    }
    Duration maxAge = backup.map(BackupSpec::maxAge).orElse(Duration.ZERO);
    out.append("Newest snapshot of each host, its age at collection (")
        .append(WHEN.format(evidence.now()))
        .append(") against the maximum age of ")
        .append(Ages.describe(maxAge))
        .append(".\n\n");
    if (hosts.isEmpty()) {
      out.append("No host's snapshots were read: the provider's collector did not run.\n");
    } else {
      out.append(hostTable(hosts, maxAge, evidence.now()).render());
    }
    List<SnapshotCreation> created =
        evidence.all(SnapshotCreation.class).stream().map(FactView::data).toList();
    if (!created.isEmpty()) {
      out.append("\nTaken on request (assess --create-snapshot):\n\n")
          .append(creationTable(created).render());
    }
    return out.toString();
  }

  private static MarkdownTable hostTable(List<HostSnapshots> hosts, Duration maxAge, Instant now) {
    MarkdownTable table =
        MarkdownTable.of(
                "host", "provider", "instance", "snapshots", "newest", "taken", "age", "verdict")
            .rightAligned(3);
    for (HostSnapshots host : hosts) {
      String instance =
          host.instance()
              + host.instanceName()
                  .map(n -> " (" + n + host.instanceStatus().map(s -> ", " + s).orElse("") + ")")
                  .orElse("");
      if (host.problem().isPresent()) {
        table.row(
            host.host(),
            host.provider(),
            instance,
            FindingText.NONE,
            FindingText.NONE,
            FindingText.NONE,
            FindingText.NONE,
            "not read: " + host.problem().get());
        continue;
      }
      Optional<ProviderSnapshot> newest = host.newest();
      Optional<Instant> taken = newest.flatMap(ProviderSnapshot::createdAt);
      Optional<Duration> age = taken.map(at -> Duration.between(at, now));
      table.row(
          host.host(),
          host.provider(),
          instance,
          Integer.toString(host.count()),
          newest.map(ProviderSnapshot::name).orElse(FindingText.NONE),
          taken.map(WHEN::format).orElse(FindingText.NONE),
          age.map(Ages::describe).orElse(FindingText.NONE),
          verdict(newest, age, maxAge));
    }
    return table;
  }

  private static String verdict(
      Optional<ProviderSnapshot> newest, Optional<Duration> age, Duration maxAge) {
    if (newest.isEmpty()) {
      return "no snapshot";
    }
    if (age.isEmpty()) {
      return "no creation date";
    }
    return age.get().compareTo(maxAge) > 0 ? "too old" : "fresh";
  }

  private static MarkdownTable creationTable(List<SnapshotCreation> created) {
    MarkdownTable table =
        MarkdownTable.of(
            "host", "instance", "snapshot", "requested", "outcome", "waited", "detail");
    for (SnapshotCreation c : created) {
      table.row(
          c.host(),
          c.instance(),
          c.snapshotId().map(id -> id + " (" + c.name() + ")").orElse(c.name()),
          WHEN.format(c.requestedAt()),
          c.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          Ages.describe(Duration.ofMillis(c.waitedMillis())),
          c.detail());
    }
    return table;
  }
}
