package dev.opsgrade.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.snapshots.HostSnapshots;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.collect.snapshots.SnapshotCreation;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderSnapshotsSectionTest {

  @Test
  void eachHostWithItsNewestSnapshotAgeAndVerdict() {
    DrEvidence evidence =
        new DrEvidence()
            .contabo(Map.of("master", 12345L, "lady", 23456L, "spare", 34567L, "edge", 45678L))
            .fact(
                "contabo:master",
                host("master", "12345", 2, snapshot("nightly|master", "2026-11-24T23:30:00Z")))
            .fact(
                "contabo:lady",
                host("lady", "23456", 2, snapshot("lady-weekly", "2026-11-21T23:30:00Z")))
            .fact("contabo:spare", host("spare", "34567", 0, Optional.empty()))
            .fact(
                "contabo:edge",
                new HostSnapshots(
                    "contabo",
                    "edge",
                    "45678",
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("https://api.contabo.com/v1/compute/instances: HTTP 502")));

    String section = ProviderSnapshotsSection.render(evidence.evidence());

    assertThat(section)
        .startsWith("## Provider snapshots\n\n")
        .contains("at collection (2026-11-25 12:00 UTC) against the maximum age of 1 d 2 h.")
        .contains(
            "| master | contabo | 12345 (master, running) | 2 | nightly\\|master |"
                + " 2026-11-24 23:30 UTC | 12 h 30 min | fresh |")
        .contains(
            "| lady | contabo | 23456 (lady, running) | 2 | lady-weekly | 2026-11-21 23:30 UTC | 3 d 12 h | too old |")
        .contains("| spare | contabo | 34567 (spare, running) | 0 | - | - | - | no snapshot |")
        .contains(
            "| edge | contabo | 45678 | - | - | - | - | not read: https://api.contabo.com/v1/compute/instances: HTTP 502 |")
        .doesNotContain("Taken on request");
    assertThat(section.indexOf("| edge")).isLessThan(section.indexOf("| lady"));
  }

  @Test
  void aSnapshotTakenOnRequestIsListed() {
    DrEvidence evidence =
        new DrEvidence()
            .contabo(Map.of("master", 12345L))
            .fact(
                "contabo:master",
                host(
                    "master",
                    "12345",
                    3,
                    snapshot("opsgrade-20261125-115900", "2026-11-25T11:59:30Z")))
            .fact(
                "contabo:master:opsgrade-20261125-115900",
                new SnapshotCreation(
                    "contabo",
                    "master",
                    "12345",
                    Optional.of("snap1764500000"),
                    "opsgrade-20261125-115900",
                    Instant.parse("2026-11-25T11:59:00Z"),
                    Optional.of(Instant.parse("2026-11-25T11:59:30Z")),
                    42_000,
                    SnapshotCreation.Outcome.COMPLETE,
                    "snapshot snap1764500000 taken and listed after 42000 ms"));

    String section = ProviderSnapshotsSection.render(evidence.evidence());

    assertThat(section)
        .contains("Taken on request (assess --create-snapshot):")
        .contains(
            "| master | 12345 | snap1764500000 (opsgrade-20261125-115900) | 2026-11-25 11:59 UTC |"
                + " complete | 42 s | snapshot snap1764500000 taken and listed after 42000 ms |");
  }

  @Test
  void noProviderConfiguredSaysSo() {
    assertThat(ProviderSnapshotsSection.render(new DrEvidence().evidence()))
        .isEqualTo(
            "## Provider snapshots\n\nNo snapshot provider is configured (backup.contabo).\n");
  }

  private static HostSnapshots host(
      String name, String instance, int count, Optional<ProviderSnapshot> newest) {
    return new HostSnapshots(
        "contabo",
        name,
        instance,
        Optional.of(name),
        Optional.of("running"),
        count,
        newest,
        Optional.empty(),
        Optional.empty());
  }

  private static Optional<ProviderSnapshot> snapshot(String name, String at) {
    return Optional.of(
        new ProviderSnapshot(
            "snap-" + name, name, "", Optional.of(Instant.parse(at)), Optional.empty()));
  }
}
