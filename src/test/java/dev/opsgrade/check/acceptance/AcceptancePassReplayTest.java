package dev.opsgrade.check.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.EvidenceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check of the registry, then AcceptancePass, on the corpus; then the same on the evidence
 * bundle saved to a file and read back, as assess --from-evidence does: the same findings, with the
 * same waivers and sign-offs, though the history and the files are gone.
 */
class AcceptancePassReplayTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  @TempDir Path dir;

  private static List<Finding> grade(Evidence evidence) {
    CheckRegistry registry = CheckRegistry.standard();
    return AcceptancePass.apply(evidence, registry.evaluate(evidence), registry.catalogue())
        .findings();
  }

  @Test
  void aSavedBundleRegradesToTheSameFindings() throws Exception {
    Path base = Corpus.copy(dir.resolve("estate"));
    Inventory inventory =
        Inventories.of(
            base,
            List.of(
                Inventories.phase(
                    "2A", "phases/PHASE-2A", List.of(), List.of("SERVICE_HEALTH_REPORT"))),
            Optional.of(".docs"));
    try (HistoryStore store =
        InventoryHistory.open(inventory, base, InventoryHistory.secrets(Map.of(), base))) {
      store
          .records()
          .recordAcceptance(
              Acceptances.conditional(
                  "2A", NOW.minus(Duration.ofDays(3)), LocalDate.parse("2026-12-31")));
    }
    Evidence collected = Corpus.collect(inventory, NOW);
    List<Finding> first = grade(collected);
    Path saved = dir.resolve("evidence.json");
    Files.write(saved, EvidenceFile.of(collected.bundle()).bytes());
    deleteTree(base);

    List<Finding> again = grade(new Evidence(EvidenceFile.read(saved).bundle()));

    assertThat(again).isEqualTo(first);
    assertThat(first)
        .filteredOn(f -> f.check().startsWith("acc.") || f.check().equals("doc.procedures-tested"))
        .extracting(Finding::check, Finding::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("acc.phase-signoff", Status.PASS),
            org.assertj.core.groups.Tuple.tuple("acc.conditional-expired", Status.PASS),
            org.assertj.core.groups.Tuple.tuple("doc.procedures-tested", Status.FAIL));
    assertThat(first)
        .filteredOn(f -> f.check().equals("acc.done-but-failing"))
        .isNotEmpty()
        .noneMatch(f -> f.message().startsWith("no evidence: ticked items are judged"));
  }

  private static void deleteTree(Path root) throws Exception {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
