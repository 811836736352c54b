package dev.opsgrade.check.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bak.restore-drill over drill records: recent, passed, and within the RTO target. */
class RestoreDrillCheckTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  @TempDir Path root;
  private Inventory inventory;

  @BeforeEach
  void inventory() throws Exception {
    Path file = root.resolve("opsgrade.yaml");
    Files.writeString(
        file,
        """
        name: drills
        backup:
          restic: [{ name: main, repo: /srv/backup, password_file: pass }]
        dr:
          rto_target: 30m
          drill: { restic: main, verify_sample: 10 }
        """);
    inventory = InventoryLoader.load(file, Map.of());
  }

  private static DrillRecord drill(Duration ago, boolean passed, Optional<Long> seconds) {
    return new DrillRecord(
        "drills", "restic:main", NOW.minus(ago), passed, seconds, List.of(), "detail text");
  }

  private List<Finding> judge(boolean recordsRead, DrillRecord... drills) {
    List<Fact> facts = new ArrayList<>();
    int i = 0;
    for (DrillRecord drill : drills) {
      facts.add(
          new Fact(
              "drill.record:restic:main#" + i++,
              "drill.record",
              "restic:main",
              Provenance.of("drill", Location.file(".opsgrade/history.db"), NOW),
              Json.toTree(drill)));
    }
    List<CollectorRun> runs =
        recordsRead
            ? List.of(new CollectorRun("records", "db", CollectorRun.Outcome.OK, "read"))
            : List.of();
    Evidence evidence =
        new Evidence(
            new EvidenceBundle(EvidenceBundle.FORMAT_VERSION, "test", NOW, inventory, runs, facts));
    RestoreDrillCheck check = new RestoreDrillCheck();
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  @Test
  void aRecentPassedDrillUnderTargetPasses() {
    assertThat(judge(true, drill(Duration.ofDays(3), true, Optional.of(600L))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.PASS);
              assertThat(f.message()).contains("measured RTO 10 min").contains("target 30 min");
            });
  }

  @Test
  void anRtoOverTargetFails() {
    assertThat(judge(true, drill(Duration.ofDays(3), true, Optional.of(3600L))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("over target");
            });
  }

  @Test
  void aDrillOlderThan30DaysFails() {
    assertThat(judge(true, drill(Duration.ofDays(31), true, Optional.of(60L))))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("more than 30 days"));
  }

  @Test
  void aLaterFailedDrillFailsAlthoughAnEarlierOnePassed() {
    assertThat(
            judge(
                true,
                drill(Duration.ofDays(5), true, Optional.of(60L)),
                drill(Duration.ofDays(1), false, Optional.of(60L))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("failed: detail text");
            });
  }

  @Test
  void noDrillAtAllFailsAndUnreadRecordsAreUnverified() {
    assertThat(judge(true))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("no restore drill recorded");
            });
    assertThat(judge(false))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
  }
}
