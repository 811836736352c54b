package dev.opsgrade.collect.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Snapshots grouped per host and per host and tags, with the retention they amount to (UTC). */
public final class SnapshotSummary {
  private SnapshotSummary() {}

  public static List<BackupRepository.Host> perHost(List<Snapshot> snapshots) {
    Map<String, List<Snapshot>> byHost =
        snapshots.stream()
            .collect(Collectors.groupingBy(Snapshot::hostname, TreeMap::new, Collectors.toList()));
    return byHost.values().stream().map(SnapshotSummary::host).toList();
  }

  /** The newest snapshot, the latest of those taken at the same second by id. */
  public static Snapshot newest(List<Snapshot> snapshots) {
    return snapshots.stream()
        .max(Comparator.comparing(Snapshot::time).thenComparing(Snapshot::id))
        .orElseThrow();
  }

  private static BackupRepository.Host host(List<Snapshot> snapshots) {
    Snapshot newest = newest(snapshots);
    Snapshot oldest = snapshots.stream().min(Comparator.comparing(Snapshot::time)).orElseThrow();
    List<LocalDate> days =
        snapshots.stream().map(s -> LocalDate.ofInstant(s.time(), ZoneOffset.UTC)).toList();
    Map<String, List<Snapshot>> byTags =
        snapshots.stream()
            .collect(
                Collectors.groupingBy(
                    s -> String.join(",", s.tags().stream().sorted().toList()),
                    TreeMap::new,
                    Collectors.toList()));
    List<BackupRepository.Tagged> tagged =
        byTags.values().stream()
            .map(
                group -> {
                  Snapshot last = newest(group);
                  return new BackupRepository.Tagged(
                      last.tags().stream().sorted().toList(), group.size(), last.time(), last.id());
                })
            .toList();
    return new BackupRepository.Host(
        newest.hostname(),
        snapshots.size(),
        oldest.time(),
        newest.time(),
        newest.id(),
        (int) days.stream().distinct().count(),
        (int) days.stream().map(SnapshotSummary::isoWeek).distinct().count(),
        (int) days.stream().map(YearMonth::from).distinct().count(),
        tagged);
  }

  private static String isoWeek(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
