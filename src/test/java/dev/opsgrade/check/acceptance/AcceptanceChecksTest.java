package dev.opsgrade.check.acceptance;

import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.score.EstateBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** acc.phase-signoff and acc.conditional-expired on the corpus, with records in a real history. */
class AcceptanceChecksTest {
  static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  @TempDir Path dir;

  private Inventory inventory() {
    return Inventories.of(
        Corpus.copy(dir),
        List.of(
            Inventories.phase(
                "2A",
                "phases/PHASE-2A",
                List.of("avail.route-status"),
                List.of("SERVICE_HEALTH_REPORT")),
            Inventories.phase("2B", "phases/PHASE-2B", List.of("mon.targets-up"), List.of()),
            Inventories.phase("3A", "phases/PHASE-3A", List.of(), List.of())),
        Optional.of(".docs"));
  }

  private static List<Finding> checked() {
    return new EstateBuilder()
        .pass(
            "avail.route-status",
            "wiki.example.net",
            "200 in 3 of 3",
            url("https://wiki.example.net"))
        .fail(
            "mon.targets-up",
            "node-lady",
            "down for 3 h",
            url("http://prometheus:9090/targets"),
            "start node-exporter on lady")
        .assess("phases", NOW)
        .findings();
  }

  private void record(Inventory inventory, dev.opsgrade.acceptance.AcceptanceRecord... records) {
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      for (var r : records) {
        store.records().recordAcceptance(r);
      }
    }
  }

  static List<Finding> of(Check check, Evidence evidence) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  private static List<Finding> signoff(Evidence evidence) {
    List<Finding> all = new ArrayList<>(checked());
    all.addAll(of(new PhaseSignoffCheck(), evidence));
    return AcceptancePass.apply(evidence, all, Catalogue.standard()).findings().stream()
        .filter(f -> f.check().equals(PhaseSignoffCheck.ID))
        .toList();
  }

  @Test
  void aFinishedPhaseWithoutSignOffFailsAndUnfinishedOnesDoNotCount() {
    Inventory inventory = inventory();

    List<Finding> findings = signoff(Corpus.collect(inventory, NOW));

    assertThat(findings)
        .extracting(Finding::subject, Finding::status)
        .containsExactly(
            tuple("phase 2A", Status.FAIL),
            tuple("phase 2B", Status.NOT_APPLICABLE),
            tuple("phase 3A", Status.NOT_APPLICABLE));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "phase 2A (Phase 2A) is finished: its criteria are met (1 criteria, 1 deliverables"
                + " found), but no sign-off is recorded");
    assertThat(findings.get(0).fix())
        .hasValueSatisfying(f -> assertThat(f).contains("opsgrade accept 2A --by NAME"));
    assertThat(findings.get(1).message())
        .isEqualTo("not finished (in progress): mon.targets-up not met, 1 of 2 items ticked");
    assertThat(InventoryHistory.defaultFile(dir))
        .as("reading records creates no database")
        .doesNotExist();
  }

  @Test
  void aSignedOffPhasePassesAndAnExpiredConditionFails() {
    Inventory inventory = inventory();
    record(
        inventory,
        Acceptances.full("2A", NOW.minus(Duration.ofDays(1))),
        Acceptances.conditional(
            "3A", NOW.minus(Duration.ofDays(20)), LocalDate.parse("2026-12-01")));
    Evidence evidence = Corpus.collect(inventory, NOW);

    List<Finding> signoff = signoff(evidence);
    List<Finding> expired = of(new ConditionalExpiredCheck(), evidence);

    assertThat(signoff)
        .extracting(Finding::subject, Finding::status, Finding::message)
        .contains(
            tuple("phase 2A", Status.PASS, "signed off by j.doe on 2026-12-03 (accepted)"),
            tuple(
                "phase 3A",
                Status.PASS,
                "signed off by j.doe on 2026-11-14 (conditional acceptance expired on 2026-12-01)"));
    assertThat(signoff.get(0).evidence()).containsExactly("acceptance.record:2A");
    assertThat(expired)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("phase 3A");
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message())
                  .isEqualTo(
                      "the conditional acceptance by j.doe expired on 2026-12-01, 3 days ago"
                          + " (conditions: the socket proxy replaces the mounted socket)");
              assertThat(f.location().orElseThrow().display()).isEqualTo(".opsgrade/history.db");
            });
  }

  @Test
  void aConditionInForcePassesAndALaterFullAcceptanceSupersedesAnExpiredOne() {
    Inventory inventory = inventory();
    record(
        inventory,
        Acceptances.conditional("2A", NOW.minus(Duration.ofDays(2)), LocalDate.parse("2026-12-31")),
        Acceptances.conditional(
            "3A", NOW.minus(Duration.ofDays(40)), LocalDate.parse("2026-11-01")),
        Acceptances.full("3A", NOW.minus(Duration.ofDays(5))));

    List<Finding> expired = of(new ConditionalExpiredCheck(), Corpus.collect(inventory, NOW));

    assertThat(expired)
        .extracting(Finding::subject, Finding::status, Finding::message)
        .containsExactly(
            tuple(
                "phase 2A",
                Status.PASS,
                "conditionally accepted by j.doe until 2026-12-31, 27 days left (conditions: the"
                    + " socket proxy replaces the mounted socket)"));
  }

  @Test
  void withoutConditionalAcceptancesTheCheckIsNotApplicable() {
    List<Finding> expired = of(new ConditionalExpiredCheck(), Corpus.collect(inventory(), NOW));

    assertThat(expired).extracting(Finding::status).containsExactly(Status.NOT_APPLICABLE);
  }

  @Test
  void withoutPhasesTheSignOffIsUnverified() {
    Inventory none = Inventories.of(Corpus.copy(dir), List.of(), Optional.of(".docs"));

    List<Finding> findings = signoff(Corpus.collect(none, NOW));

    assertThat(findings)
        .extracting(Finding::status, Finding::message)
        .containsExactly(
            tuple(Status.UNVERIFIED, "no evidence: no phases declared in the inventory"));
  }

  @Test
  void anUnreadableHistoryLeavesTheRecordsUnverifiedWithoutShowingItsPassword() {
    Inventory broken =
        Inventories.withHistory(
            inventory(), "jdbc:postgresql://127.0.0.1:1/opsgrade?password=hunter2");
    Evidence evidence = Corpus.collect(broken, NOW);

    List<Finding> expired = of(new ConditionalExpiredCheck(), evidence);
    List<Finding> signoff = signoff(evidence);

    assertThat(expired)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains("records failed at jdbc:postgresql://127.0.0.1:1/opsgrade")
                  .doesNotContain("hunter2");
            });
    assertThat(signoff)
        .extracting(Finding::subject, Finding::status)
        .contains(tuple("phase 2A", Status.UNVERIFIED));
    assertThat(evidence.bundle().collectors().toString()).doesNotContain("hunter2");
  }

  @Test
  void theEvidenceReadsTheRecordsBackAsTheyWereWritten() throws Exception {
    Inventory inventory = inventory();
    var record =
        Acceptances.override(
            "2B", NOW.minus(Duration.ofHours(3)), "the exporter is replaced in 3A");
    record(inventory, record);

    Evidence evidence = Corpus.collect(inventory, NOW);

    assertThat(evidence.all(dev.opsgrade.acceptance.AcceptanceRecord.class))
        .extracting(v -> v.data())
        .containsExactly(record);
    assertThat(Files.exists(InventoryHistory.defaultFile(dir))).isTrue();
  }
}
