package dev.opsgrade.check.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's runbooks and DR procedure against drills and acceptances in a real history. */
class ProceduresTestedCheckTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private final ProceduresTestedCheck check = new ProceduresTestedCheck();

  @TempDir Path dir;

  private Inventory inventory(Optional<String> docs) {
    return Inventories.of(
        Corpus.copy(dir),
        List.of(Inventories.phase("2A", "phases/PHASE-2A", List.of(), List.of())),
        docs);
  }

  private static DrillRecord drill(Duration ago, boolean passed, List<String> procedures) {
    return new DrillRecord(
        "homelab",
        "master-daily",
        NOW.minus(ago),
        passed,
        Optional.of(840L),
        procedures,
        "200 files");
  }

  private List<Finding> evaluate(
      Inventory inventory, List<DrillRecord> drills, List<AcceptanceRecord> acceptances) {
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      drills.forEach(store.records()::recordDrill);
      acceptances.forEach(store.records()::recordAcceptance);
    }
    return check.evaluate(
        Corpus.collect(inventory, NOW), new Findings(Catalogue.standard().get(check.id())));
  }

  private static AcceptanceRecord acceptanceTesting(String phase, Duration ago, List<String> docs) {
    AcceptanceRecord a = Acceptances.full(phase, NOW.minus(ago));
    return new AcceptanceRecord(
        a.inventory(),
        a.phase(),
        a.phaseName(),
        a.acceptedAt(),
        a.acceptedBy(),
        a.kind(),
        a.conditionalUntil(),
        a.conditions(),
        a.overrideReason(),
        a.assessed(),
        a.criteria(),
        a.deliverables(),
        docs,
        a.document(),
        a.documentSha256());
  }

  @Test
  void recentDrillsAndAcceptancesTestTheProceduresTheyCover() {
    List<Finding> findings =
        evaluate(
            inventory(Optional.of(".docs")),
            List.of(drill(Duration.ofDays(10), true, List.of())),
            List.of(acceptanceTesting("2A", Duration.ofDays(5), List.of("./.docs/RUNBOOK.md"))));

    assertThat(findings)
        .extracting(Finding::subject, Finding::status, Finding::message)
        .containsExactly(
            tuple(
                ".docs/DISASTER_RECOVERY.md",
                Status.PASS,
                "tested by the drill of master-daily on 2026-11-24 (10 days ago)"),
            tuple(
                ".docs/RUNBOOK.md",
                Status.PASS,
                "tested by the acceptance of phase 2A by j.doe on 2026-11-29 (5 days ago)"),
            tuple(
                "phases/PHASE-2A/ROLLBACK_PROCEDURE.md",
                Status.PASS,
                "tested by the acceptance of phase 2A by j.doe on 2026-11-29 (5 days ago)"));
    assertThat(findings.get(0).evidence())
        .containsExactly("todo.procedure:.docs/DISASTER_RECOVERY.md", "drill.record:master-daily");
  }

  @Test
  void anOldOrFailedTestDoesNotCount() {
    List<Finding> findings =
        evaluate(
            inventory(Optional.of(".docs")),
            List.of(
                drill(Duration.ofDays(40), true, List.of()),
                drill(Duration.ofDays(2), false, List.of(".docs/RUNBOOK.md"))),
            List.of());

    assertThat(findings)
        .extracting(Finding::subject, Finding::status, Finding::message)
        .containsExactly(
            tuple(
                ".docs/DISASTER_RECOVERY.md",
                Status.FAIL,
                "last tested by the drill of master-daily on 2026-10-25, 40 days ago; none in the last 30 days"),
            tuple(
                ".docs/RUNBOOK.md",
                Status.FAIL,
                "only the failed drill of master-daily on 2026-12-02 in the last 30 days"),
            tuple(
                "phases/PHASE-2A/ROLLBACK_PROCEDURE.md",
                Status.FAIL,
                "never tested: no drill or acceptance covers it"));
    assertThat(findings.get(0).fix())
        .hasValueSatisfying(f -> assertThat(f).contains("opsgrade drill"));
    assertThat(findings.get(2).fix())
        .hasValueSatisfying(
            f -> assertThat(f).contains("--tested phases/PHASE-2A/ROLLBACK_PROCEDURE.md"));
  }

  @Test
  void withoutDocsTheProceduresAreUnverified() {
    Inventory noDocs = Inventories.of(Corpus.copy(dir), List.of(), Optional.empty());

    List<Finding> findings =
        check.evaluate(
            Corpus.collect(noDocs, NOW), new Findings(Catalogue.standard().get(check.id())));

    assertThat(findings)
        .extracting(Finding::status, Finding::message)
        .containsExactly(
            tuple(
                Status.UNVERIFIED,
                "no evidence: no procedures read: todo is not configured at homelab: not configured in the inventory"));
  }
}
