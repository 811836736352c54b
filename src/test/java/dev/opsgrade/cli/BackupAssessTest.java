package dev.opsgrade.cli;

import static dev.opsgrade.collect.backup.BackupRepos.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.backup.BackupRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill, then an assessment of a real restic repository: BACKUP_DR_STATUS shows what was
 * measured, and the repository's password is in no output (reports, evidence, database, console).
 */
class BackupAssessTest {
  @TempDir Path root;

  @Test
  void theStatusReportShowsTheBackupsAndTheDrillAndNoOutputHoldsThePassword() throws Exception {
    Path data = BackupRepos.data(root, "live", 6);
    Path repo = root.resolve("repo");
    BackupRepos.passwordFile(root);
    BackupRepos.resticInit(root, repo);
    BackupRepos.resticBackup(root, repo, data, Instant.now().minusSeconds(3600), "master", "daily");
    var inventory =
        BackupRepos.inventory(
            root,
            """
            name: assessed
            backup:
              max_age: 26h
              retention: { daily: 1 }
              restic:
                - { name: main, repo: %s, password_file: restic-pass, host: master }
            dr:
              drill: { restic: main, verify_sample: 3 }
            """
                .formatted(repo));
    CommandRun drill =
        CommandRun.of(
            new DrillCommand(
                new CommandEnvironment(
                    path -> inventory, Clock.systemUTC(), BackupRepos.environment(root))),
            ".");
    assertThat(drill.exitCode()).as(drill.out() + drill.err()).isZero();

    Path out = root.resolve("reports");
    Cli assess = Cli.run("assess", root.toString(), "--out", out.toString(), "--verbose");
    assertThat(assess.exitCode()).as(assess.err()).isIn(0, 1);
    Path status;
    try (Stream<Path> files = Files.list(out)) {
      status =
          files
              .filter(f -> f.getFileName().toString().startsWith("BACKUP_DR_STATUS_"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(Files.readString(status))
        .contains("| main (restic) | master | 1 |")
        .contains("restic check found no errors")
        .contains("restic:main")
        .contains("passed");

    assertThat(assess.out() + assess.err() + drill.out() + drill.err()).doesNotContain(SECRET);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.startsWith(repo) && !f.endsWith("restic-pass"))
              .toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(SECRET);
      }
    }
  }
}
