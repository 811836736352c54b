package dev.opsgrade.cli;

import static dev.opsgrade.collect.backup.BackupRepos.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.collect.backup.BackupRepos;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** opsgrade drill end to end over a real restic repository (and a borg one). */
class DrillCommandTest {
  @TempDir Path root;

  private Inventory setUp(String tool) throws Exception {
    Path data = BackupRepos.data(root, "live", 30);
    Path repo = root.resolve("repo");
    BackupRepos.passwordFile(root);
    if (tool.equals("restic")) {
      BackupRepos.resticInit(root, repo);
      BackupRepos.resticBackup(root, repo, data, Instant.now().minusSeconds(60), "master");
    } else {
      BackupRepos.borgInit(root, repo);
      BackupRepos.borgCreate(root, repo, data, "a1", Instant.now().minusSeconds(60));
    }
    return BackupRepos.inventory(
        root,
        """
        name: drills
        backup:
          %s:
            - { name: main, repo: %s, password_file: restic-pass }
        dr:
          rto_target: 1h
          drill: { %s: main, verify_sample: 10 }
        """
            .formatted(tool, repo, tool));
  }

  private CommandRun drill(Inventory inventory) {
    CommandEnvironment environment =
        new CommandEnvironment(path -> inventory, Clock.systemUTC(), BackupRepos.environment(root));
    return CommandRun.of(
        new DrillCommand(environment), "--scratch", root.resolve("scratch").toString(), ".");
  }

  private List<DrillRecord> drills(Inventory inventory) {
    try (HistoryStore store =
        InventoryHistory.open(inventory, root, InventoryHistory.secrets(Map.of(), root))) {
      return store.records().drills("drills");
    }
  }

  @Test
  void aResticDrillRestoresVerifiesAndRecordsTheRto() throws Exception {
    Inventory inventory = setUp("restic");
    CommandRun run = drill(inventory);
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Drill PASSED: restic:main")
        .contains("10 of 10 sampled files against the live source")
        .contains("within target");
    DrillRecord record = drills(inventory).get(0);
    assertThat(record.passed()).isTrue();
    assertThat(record.target()).isEqualTo("restic:main");
    assertThat(record.durationSeconds()).isPresent();
    try (HistoryStore store =
        InventoryHistory.open(inventory, root, InventoryHistory.secrets(Map.of(), root))) {
      assertThat(store.journal().entries())
          .anySatisfy(e -> assertThat(e.kind()).isEqualTo("drill"));
    }
    try (Stream<Path> left = Files.list(root.resolve("scratch"))) {
      assertThat(left).as("scratch directory deleted").isEmpty();
    }
    assertNoSecret(run);
  }

  @Test
  void restoredDataThatDiffersFromTheLiveSourceFailsLoudly() throws Exception {
    Inventory inventory = setUp("restic");
    // same size and mtime, different content: only the checksum can tell
    Path changed = root.resolve("live/dir0/file0.txt");
    FileTime mtime = Files.getLastModifiedTime(changed);
    Files.writeString(changed, "CONTENT OF FILE 0\n");
    Files.setLastModifiedTime(changed, mtime);
    Inventory all = inventoryWithSample(inventory, 1000);
    CommandRun run = drill(all);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_READY);
    assertThat(run.err()).contains("Drill FAILED").contains("differs: " + changed);
    DrillRecord record = drills(all).get(0);
    assertThat(record.passed()).isFalse();
    assertThat(record.detail()).contains(changed.toString());
    try (Stream<Path> left = Files.list(root.resolve("scratch"))) {
      assertThat(left).as("scratch directory deleted after a failed drill too").isEmpty();
    }
    assertNoSecret(run);
  }

  @Test
  void aBorgDrillRestoresAndVerifies() throws Exception {
    Inventory inventory = setUp("borg");
    CommandRun run = drill(inventory);
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Drill PASSED: borg:main").contains("30 entries");
    assertNoSecret(run);
  }

  @Test
  void withTheLiveSourceGoneAManifestVerifiesTheSample() throws Exception {
    Inventory inventory = setUp("restic");
    Path live = root.resolve("live");
    StringBuilder manifest = new StringBuilder();
    String wrong = live.resolve("dir1/file1.txt").toString();
    try (Stream<Path> files = Files.walk(live)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String hash =
            file.toString().equals(wrong)
                ? "0".repeat(64)
                : java.util.HexFormat.of()
                    .formatHex(
                        java.security.MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(file)));
        manifest.append(hash).append("  ").append(file).append('\n');
      }
    }
    Files.writeString(root.resolve("live.sha256"), manifest);
    deleteTree(live);

    CommandRun withoutManifest = drill(inventoryWithSample(inventory, 5));
    assertThat(withoutManifest.exitCode()).isEqualTo(ExitCodes.NOT_READY);
    assertThat(withoutManifest.err())
        .contains("could be compared with the live source")
        .contains("set dr.drill.manifest");

    String yaml =
        Files.readString(root.resolve("opsgrade.yaml"))
            .replace("verify_sample: 5", "verify_sample: 1000, manifest: live.sha256");
    CommandRun withManifest = drill(BackupRepos.inventory(root, yaml));
    assertThat(withManifest.exitCode()).isEqualTo(ExitCodes.NOT_READY);
    assertThat(withManifest.err())
        .contains("30 of 30 sampled files against the manifest")
        .contains("differs: " + wrong + ": restored sha256");
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private Inventory inventoryWithSample(Inventory inventory, int sample) throws Exception {
    String yaml = Files.readString(root.resolve("opsgrade.yaml"));
    return BackupRepos.inventory(
        root, yaml.replace("verify_sample: 10", "verify_sample: " + sample));
  }

  private void assertNoSecret(CommandRun run) throws Exception {
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
    try (Stream<Path> files = Files.walk(InventoryHistory.defaultFile(root).getParent())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(
                new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(SECRET);
      }
    }
  }
}
