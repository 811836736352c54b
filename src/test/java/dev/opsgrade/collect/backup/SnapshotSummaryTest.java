package dev.opsgrade.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention present as forget counts it, newest per host and tags, and safe locations. */
class SnapshotSummaryTest {
  private static Snapshot at(String id, String time, String host, String... tags) {
    return new Snapshot(id, Instant.parse(time), host, List.of(tags), List.of());
  }

  @Test
  void countsDistinctDaysIsoWeeksAndMonthsPerHost() {
    List<BackupRepository.Host> hosts =
        SnapshotSummary.perHost(
            List.of(
                at("a", "2026-11-29T23:00:00Z", "m", "daily"), // Sunday, ISO week 48
                at("b", "2026-11-30T01:00:00Z", "m", "daily"), // Monday, week 49, new month
                at("c", "2026-11-30T05:00:00Z", "m", "daily"), // same day
                at("d", "2026-12-01T05:00:00Z", "m", "manual"),
                at("e", "2026-12-01T06:00:00Z", "other")));
    assertThat(hosts).extracting(BackupRepository.Host::hostname).containsExactly("m", "other");
    BackupRepository.Host m = hosts.get(0);
    assertThat(m.snapshots()).isEqualTo(4);
    assertThat(m.days()).isEqualTo(3);
    assertThat(m.weeks()).isEqualTo(2);
    assertThat(m.months()).isEqualTo(2);
    assertThat(m.newestId()).isEqualTo("d");
    assertThat(m.tagged())
        .extracting(BackupRepository.Tagged::tags, BackupRepository.Tagged::newestId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("daily"), "c"),
            org.assertj.core.groups.Tuple.tuple(List.of("manual"), "d"));
  }

  @Test
  void locationsLoseTheirCredentials() {
    assertThat(RepositoryLocation.display("rest:https://user:pw@backup.lan:8000/master"))
        .isEqualTo("rest:https://backup.lan:8000/master");
    assertThat(RepositoryLocation.display("/srv/backup/master")).isEqualTo("/srv/backup/master");
  }
}
