package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** opsgrade journal: list, verify and export, before and after someone edits the database. */
class JournalCommandTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");

  @TempDir Path dir;
  private Inventory inventory;

  @BeforeEach
  void history() {
    inventory = Inventories.of(dir, List.of(), Optional.empty());
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      store.records().recordAcceptance(Acceptances.full("2A", NOW.minusSeconds(3600)));
      store
          .journal()
          .append(
              "homelab",
              JournalKind.DRILL,
              "master-daily",
              Map.of("target", "master-daily", "passed", true),
              NOW);
    }
  }

  private CommandRun journal(String... args) {
    return CommandRun.of(new JournalCommand(CommandRun.environment(inventory, NOW)), args);
  }

  @Test
  void anIntactJournalIsListedVerifiedAndExported() throws Exception {
    CommandRun list = journal(new String[0]);
    CommandRun verify = journal("verify");
    CommandRun export = journal("export", dir.toString(), "--out", dir.resolve("out").toString());

    assertThat(list.exitCode()).isEqualTo(ExitCodes.READY);
    assertThat(list.out())
        .contains("#1 ")
        .contains("acceptance")
        .contains("accepted by j.doe, grade A")
        .contains("drill of master-daily passed");
    assertThat(verify.exitCode()).isEqualTo(ExitCodes.READY);
    assertThat(verify.out()).startsWith("Journal intact: 3 entries, head #3 ");
    assertThat(export.exitCode()).isEqualTo(ExitCodes.READY);
    assertThat(Files.readString(dir.resolve("out/MEMORY_LOG.md")))
        .startsWith("# Memory log")
        .contains("Intact: 3 entries");
  }

  @Test
  void anEditedDatabaseFailsVerification() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + InventoryHistory.defaultFile(dir));
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE journal SET subject = '2B' WHERE seq = 1");
    }

    CommandRun verify = journal("verify");
    CommandRun export = journal("export");

    assertThat(verify.exitCode()).isEqualTo(ExitCodes.NOT_READY);
    assertThat(verify.out())
        .startsWith("Journal BROKEN at #1:")
        .contains("#1 edited: entry #1 (acceptance, 2B) was changed after it was written");
    assertThat(Files.readString(dir.resolve("MEMORY_LOG.md")))
        .contains("**Broken**: 3 entries")
        .contains("- #1 edited");
    assertThat(export.exitCode()).isEqualTo(ExitCodes.NOT_READY);
  }

  @Test
  void anUnknownActionIsAUsageError() {
    CommandRun run = journal("verfiy", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("journal takes list, verify or export, not 'verfiy'");
  }
}
