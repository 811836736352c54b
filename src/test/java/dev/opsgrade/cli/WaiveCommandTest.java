package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.collect.waivers.WaiversCollector;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** opsgrade waive: the waivers file beside the inventory, read back by the waivers collector. */
class WaiveCommandTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");

  @TempDir Path dir;

  private CommandRun waive(Inventory inventory, String... args) {
    return CommandRun.of(new WaiveCommand(CommandRun.environment(inventory, NOW)), args);
  }

  private static Evidence collected(Inventory inventory) {
    return Corpus.collect(inventory, NOW, Map.of(), List.of(new WaiversCollector()));
  }

  @Test
  void aWaiverIsAppendedBelowWhatTheUserWroteAndJournaled() throws Exception {
    Inventory inventory = Inventories.of(Corpus.copy(dir), List.of(), Optional.empty());
    String before = Files.readString(dir.resolve("opsgrade-waivers.yaml"));

    CommandRun run =
        waive(
            inventory,
            "sec.privileged",
            "master/net*",
            "--by",
            "Jane \"ops\" Doe",
            "--until",
            "2027-03-31",
            "--because",
            "netdata reads the sensors: needs /dev");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    assertThat(run.out())
        .isEqualTo(
            "Waived sec.privileged for master/net* until 2027-03-31, approved by Jane \"ops\" Doe (opsgrade-waivers.yaml:8).\n");
    assertThat(Files.readString(dir.resolve("opsgrade-waivers.yaml"))).startsWith(before);
    Waiver added =
        new Waiver(
            "sec.privileged",
            "master/net*",
            "netdata reads the sensors: needs /dev",
            "Jane \"ops\" Doe",
            LocalDate.parse("2027-03-31"));
    Evidence evidence = collected(inventory);
    assertThat(evidence.all(Waiver.class)).extracting(FactView::data).hasSize(2).contains(added);
    assertThat(evidence.all(Waiver.class))
        .filteredOn(v -> v.data().equals(added))
        .extracting(v -> v.location().display())
        .containsExactly("opsgrade-waivers.yaml:8");
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      assertThat(store.journal().entries())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.kind()).isEqualTo("waiver");
                assertThat(e.subject()).isEqualTo("sec.privileged master/net*");
              });
    }
  }

  @Test
  void theFirstWaiverMakesTheFile() throws Exception {
    Inventory inventory = Inventories.of(dir, List.of(), Optional.empty());

    CommandRun run =
        waive(
            inventory,
            "sec.hsts",
            "https://cloud.example.net",
            "--by",
            "ops",
            "--until",
            "2026-12-04",
            "--because",
            "HSTS preload pending");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    assertThat(Files.readString(dir.resolve("opsgrade-waivers.yaml")))
        .startsWith("# Accepted exceptions")
        .endsWith(
            """
            waivers:
              - check: "sec.hsts"
                subject: "https://cloud.example.net"
                justification: "HSTS preload pending"
                approver: "ops"
                expires: 2026-12-04
            """);
    assertThat(collected(inventory).all(Waiver.class)).hasSize(1);
  }

  @Test
  void aListAtTheLeftMarginIsExtendedAtTheSameIndentation() throws Exception {
    Files.writeString(
        dir.resolve("opsgrade-waivers.yaml"),
        "waivers:\n- check: rel.oom\n  subject: lady/nextcloud\n  justification: known leak\n  approver: ops\n  expires: 2027-01-01\n");
    Inventory inventory = Inventories.of(dir, List.of(), Optional.empty());

    CommandRun run =
        waive(
            inventory,
            "rel.oom",
            "lady/redis",
            "--by",
            "ops",
            "--until",
            "2027-01-01",
            "--because",
            "same leak");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.READY);
    assertThat(collected(inventory).all(Waiver.class))
        .extracting(v -> v.data().subject())
        .containsExactlyInAnyOrder("lady/nextcloud", "lady/redis");
  }

  @Test
  void mistakesChangeNothing() throws Exception {
    Inventory inventory = Inventories.of(Corpus.copy(dir), List.of(), Optional.empty());
    Path file = dir.resolve("opsgrade-waivers.yaml");
    String before = Files.readString(file);

    CommandRun unknown =
        waive(
            inventory,
            "sec.privilegd",
            "x",
            "--by",
            "a",
            "--until",
            "2027-01-01",
            "--because",
            "b");
    CommandRun past =
        waive(
            inventory,
            "sec.privileged",
            "x",
            "--by",
            "a",
            "--until",
            "2026-12-03",
            "--because",
            "b");
    CommandRun blank =
        waive(
            inventory,
            "sec.privileged",
            "x",
            "--by",
            " ",
            "--until",
            "2027-01-01",
            "--because",
            "b");

    assertThat(List.of(unknown, past, blank))
        .extracting(CommandRun::exitCode)
        .containsOnly(ExitCodes.USAGE);
    assertThat(unknown.err())
        .contains("no check 'sec.privilegd' (checks of that area: sec.auth-bypass,")
        .contains("sec.privileged");
    assertThat(past.err()).contains("--until 2026-12-03 is in the past");
    assertThat(blank.err()).contains("--by must not be empty");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void aBrokenWaiversFileIsNamedWithItsLineAndColumn() throws Exception {
    Files.writeString(
        dir.resolve("opsgrade-waivers.yaml"),
        "waivers:\n  - check: rel.oom\n    subject: lady/nextcloud\n    approver: ops\n    expires: 2027-02-30\n    color: red\n");
    Inventory inventory = Inventories.of(dir, List.of(), Optional.empty());

    CommandRun run =
        waive(
            inventory,
            "rel.oom",
            "lady/redis",
            "--by",
            "ops",
            "--until",
            "2027-01-01",
            "--because",
            "leak");
    Evidence evidence = collected(inventory);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("opsgrade-waivers.yaml:6:5: unknown key 'color'")
        .contains("opsgrade-waivers.yaml:2:5: this waiver has no justification")
        .contains("opsgrade-waivers.yaml:5:14: expires '2027-02-30' is not a date (YYYY-MM-DD)");
    assertThat(evidence.runs("waivers"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(r.detail()).contains("opsgrade-waivers.yaml:6:5");
            });
    assertThat(evidence.all(Waiver.class)).isEmpty();
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      assertThat(store.journal().entries()).extracting(JournalEntry::kind).isEmpty();
    }
  }
}
