package dev.opsgrade.check.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.snapshots.HostSnapshots;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** bak.snapshot-age on snapshot.host facts as the provider collectors record them. */
class SnapshotAgeCheckTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  final List<Fact> facts = new ArrayList<>();
  final List<CollectorRun> runs = new ArrayList<>();

  @Test
  void exactlyTheMaximumAgePassesASecondMoreFails() {
    snapshot("master", NOW.minus(Duration.ofHours(26)));
    snapshot("lady", NOW.minus(Duration.ofHours(26)).minusSeconds(1));

    List<Finding> findings = judge(Optional.of(Map.of("master", 1L, "lady", 2L)));

    assertThat(findings)
        .extracting(Finding::subject, Finding::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("host lady", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("host master", Status.PASS));
    assertThat(findings.get(0).fix())
        .hasValueSatisfying(f -> assertThat(f).contains("opsgrade assess --create-snapshot lady"));
  }

  @Test
  void aHostWithoutAFactIsUnverifiedWithTheCollectorsReason() {
    runs.add(
        new CollectorRun(
            "contabo",
            "https://api.contabo.com/v1/compute/instances",
            CollectorRun.Outcome.TIMED_OUT,
            "the collector ran out of time"));

    List<Finding> findings = judge(Optional.of(Map.of("master", 1L)));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("the collector ran out of time");
            });
  }

  @Test
  void withoutAProviderItDoesNotApply() {
    assertThat(judge(Optional.empty()))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  private void snapshot(String host, Instant taken) {
    HostSnapshots data =
        new HostSnapshots(
            "contabo",
            host,
            "1",
            Optional.of(host),
            Optional.of("running"),
            1,
            Optional.of(
                new ProviderSnapshot("s", "nightly", "", Optional.of(taken), Optional.empty())),
            Optional.empty(),
            Optional.empty());
    facts.add(
        new Fact(
            "snapshot.host:contabo:" + host,
            "snapshot.host",
            "contabo:" + host,
            Provenance.of("contabo", Location.url("https://api.contabo.com/x"), NOW),
            Json.toTree(data)));
  }

  private List<Finding> judge(Optional<Map<String, Long>> instances) {
    Optional<BackupSpec> backup =
        instances.map(
            i ->
                new BackupSpec(
                    Duration.ofHours(26),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.of(
                        new BackupSpec.Contabo(
                            SecretRef.env("A"),
                            SecretRef.env("B"),
                            Optional.empty(),
                            Optional.empty(),
                            i,
                            "https://api.contabo.com",
                            "https://auth"))));
    Inventory inventory =
        new Inventory(
            "lab",
            ".",
            "opsgrade.yaml",
            List.of(),
            Optional.empty(),
            List.of(),
            new ProbeSpec(3, Duration.ofSeconds(5)),
            new SecuritySpec(List.of(80, 443)),
            Optional.empty(),
            backup,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(),
            "default",
            Optional.empty(),
            Optional.empty(),
            new SloSpec(99.9, Duration.ofDays(30)),
            List.of());
    Evidence evidence = new Evidence(new EvidenceBundle(1, "test", NOW, inventory, runs, facts));
    SnapshotAgeCheck check = new SnapshotAgeCheck();
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }
}
