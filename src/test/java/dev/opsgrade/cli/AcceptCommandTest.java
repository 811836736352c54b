package dev.opsgrade.cli;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.acceptance.ConditionalExpiredCheck;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.EvidenceFile;
import dev.opsgrade.report.markdown.UserAcceptanceDocument;
import dev.opsgrade.score.EstateBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** opsgrade accept against the corpus, with a real history in the inventory's .opsgrade. */
class AcceptCommandTest {
  static final Instant ASSESSED = Instant.parse("2026-12-04T06:00:00Z");
  static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");

  @TempDir Path dir;
  private Inventory inventory;

  @BeforeEach
  void inventory() {
    inventory =
        Inventories.of(
            Corpus.copy(dir),
            List.of(
                Inventories.phase(
                    "2A",
                    "phases/PHASE-2A",
                    List.of("avail.route-status", "sec.auth-coverage"),
                    List.of("SERVICE_HEALTH_REPORT", "SECURITY_AUDIT"))),
            Optional.of(".docs"));
  }

  private void assessed(boolean authFixed) {
    EstateBuilder estate =
        new EstateBuilder()
            .pass(
                "avail.route-status",
                "wiki.example.net",
                "200 in 3 of 3",
                url("https://wiki.example.net"))
            .pass(
                "sec.auth-coverage",
                "grafana@docker",
                "forwardAuth",
                url("https://grafana.example.net"));
    if (authFixed) {
      estate.pass("sec.auth-coverage", "wiki-admin@file", "forwardAuth", file("rules/wiki.yml", 7));
    } else {
      estate.fail(
          "sec.auth-coverage",
          "wiki-admin@file",
          "no auth middleware",
          file("rules/wiki.yml", 7),
          "add authelia");
    }
    try (HistoryStore store = history()) {
      store.record(estate.assess("accept", ASSESSED), ASSESSED.plusSeconds(30));
    }
  }

  private HistoryStore history() {
    return InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir));
  }

  private CommandRun accept(Instant at, String... args) {
    return CommandRun.of(new AcceptCommand(CommandRun.environment(inventory, at)), args);
  }

  private Path document() {
    return dir.resolve("phases/PHASE-2A/USER_ACCEPTANCE.md");
  }

  @Test
  void anUnconditionalAcceptanceIsRefusedWhileACriterionFails() {
    assessed(false);

    CommandRun run = accept(NOW, "2A", "--by", "j.doe");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_READY);
    assertThat(run.err())
        .contains("refused: phase 2A (Phase 2A) cannot be accepted unconditionally")
        .contains("sec.auth-coverage        not met: 1 of 2 do not pass: wiki-admin@file")
        .contains("--override REASON");
    assertThat(document()).doesNotExist();
    try (HistoryStore store = history()) {
      assertThat(store.records().acceptances("homelab")).isEmpty();
      assertThat(store.journal().entries())
          .extracting(JournalEntry::kind)
          .containsExactly("assessment");
    }
  }

  @Test
  void anOverrideIsAcceptedAndRecordedAsSuch() throws Exception {
    assessed(false);

    CommandRun run = accept(NOW, "2A", "--by", "j.doe", "--override", "the wiki admin is VPN-only");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    assertThat(run.out()).contains("Accepted phase 2A (Phase 2A) by j.doe, by override.");
    AcceptanceRecord record;
    try (HistoryStore store = history()) {
      record = store.records().acceptances("homelab").getFirst();
      assertThat(record.assessed().evidenceSha256())
          .isEqualTo(store.latest("homelab").orElseThrow().evidenceSha256());
      assertThat(store.journal().entries())
          .extracting(JournalEntry::kind, JournalEntry::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("assessment", "assessment 1"),
              org.assertj.core.groups.Tuple.tuple("acceptance", "2A"),
              org.assertj.core.groups.Tuple.tuple("phase", "2A"));
      assertThat(store.journal().verify().intact()).isTrue();
    }
    assertThat(record.kind()).isEqualTo(AcceptanceRecord.Kind.OVERRIDE);
    assertThat(record.overrideReason()).contains("the wiki admin is VPN-only");
    String written = Files.readString(document());
    assertThat(written)
        .contains("## Override")
        .contains(
            "Accepted although sec.auth-coverage not met. Reason given: the wiki admin is VPN-only");
    assertThat(record.documentSha256())
        .isEqualTo(EvidenceFile.sha256(Files.readAllBytes(document())));
  }

  @Test
  void aConditionalAcceptanceHoldsUntilItsDateThenExpires() throws Exception {
    assessed(false);

    CommandRun run =
        accept(
            NOW,
            "2A",
            "--by",
            "j.doe",
            "--conditional-until",
            "2026-12-20",
            "--reason",
            "wiki-admin behind Authelia");
    CommandRun before = CommandRun.of(new PhasesCommand(CommandRun.environment(inventory, NOW)));
    CommandRun after =
        CommandRun.of(
            new PhasesCommand(
                CommandRun.environment(inventory, Instant.parse("2026-12-21T08:00:00Z"))));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    assertThat(Files.readString(document()))
        .contains("**Accepted with conditions until 2026-12-20.**");
    assertThat(before.out()).contains("conditionally accepted until 2026-12-20");
    assertThat(after.out())
        .contains("conditional acceptance expired on 2026-12-20")
        .contains("sec.auth-coverage        not met");
    List<Finding> expired =
        new ConditionalExpiredCheck()
            .evaluate(
                Corpus.collect(inventory, Instant.parse("2026-12-21T08:00:00Z")),
                new Findings(Catalogue.standard().get("acc.conditional-expired")));
    assertThat(expired).extracting(Finding::status).containsExactly(Status.FAIL);
  }

  @Test
  void aFullAcceptanceWritesTheDocumentOfItsRecord() throws Exception {
    assessed(true);

    CommandRun run = accept(NOW, "2A", "--by", "Jane Doe", "--tested", ".docs/RUNBOOK.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    AcceptanceRecord record;
    try (HistoryStore store = history()) {
      record = store.records().acceptances("homelab").getFirst();
    }
    assertThat(record.kind()).isEqualTo(AcceptanceRecord.Kind.FULL);
    assertThat(record.acceptedAt()).isEqualTo(NOW);
    assertThat(record.procedures()).containsExactly(".docs/RUNBOOK.md");
    assertThat(record.deliverables())
        .extracting(d -> d.file().orElseThrow())
        .containsExactly(
            "phases/PHASE-2A/SERVICE_HEALTH_REPORT_2026-12-01.md",
            "reports/SECURITY_AUDIT_2026-12-04.md");
    assertThat(Files.readString(document())).isEqualTo(UserAcceptanceDocument.render(record));
    assertThat(dir.resolve("phases/PHASE-2A"))
        .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void mistakesAreUsageErrorsThatChangeNothing() {
    assertThat(accept(NOW, "2A", "--by", "j.doe").err())
        .contains("the history holds no assessment of homelab: run opsgrade assess first");
    assessed(true);

    List<CommandRun> runs =
        List.of(
            accept(NOW, "9Z", "--by", "j.doe"),
            accept(NOW, "2A", "--by", "j.doe", "--conditional-until", "2026-12-20"),
            accept(
                NOW, "2A", "--by", "j.doe", "--conditional-until", "2026-12-04", "--reason", "x"),
            accept(NOW, "2A", "--by", "j.doe", "--override", "nothing fails"),
            accept(NOW, "2A", "--by", "j.doe", "--tested", ".docs/NOPE.md"),
            accept(NOW, "2A"));

    assertThat(runs).extracting(CommandRun::exitCode).containsOnly(ExitCodes.USAGE);
    assertThat(runs.get(0).err()).contains("no phase '9Z'").contains("its phases are 2A");
    assertThat(runs.get(1).err()).contains("needs both --conditional-until DATE and --reason TEXT");
    assertThat(runs.get(2).err()).contains("must be after today (2026-12-04)");
    assertThat(runs.get(3).err())
        .contains("nothing to override: every criterion of phase 2A is met");
    assertThat(runs.get(4).err()).contains("--tested .docs/NOPE.md: no such file");
    assertThat(runs.get(5).err()).contains("Missing required option: '--by=<by>'");
    assertThat(document()).doesNotExist();
  }
}
