package dev.opsgrade.collect.backup;

import static dev.opsgrade.collect.backup.BackupRepos.NOW;
import static dev.opsgrade.collect.backup.BackupRepos.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.backup.BackupAgeCheck;
import dev.opsgrade.check.backup.BackupRetentionCheck;
import dev.opsgrade.check.backup.IntegrityCheck;
import dev.opsgrade.collect.restic.ResticCollector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The restic collector and the bak.* checks over real restic repositories made here. */
class ResticCollectorTest {
  @TempDir Path root;

  private Path repoWithHistory() throws Exception {
    Path repo = root.resolve("repo");
    Path data = BackupRepos.data(root, "data", 12);
    BackupRepos.resticInit(root, repo);
    BackupRepos.resticBackup(root, repo, data, NOW.minus(Duration.ofDays(40)), "master", "daily");
    BackupRepos.resticBackup(root, repo, data, NOW.minus(Duration.ofHours(50)), "master", "daily");
    BackupRepos.resticBackup(root, repo, data, NOW.minus(Duration.ofHours(3)), "master", "daily");
    BackupRepos.resticBackup(root, repo, data, NOW.minus(Duration.ofDays(9)), "lady", "manual");
    return repo;
  }

  private String yaml(Path repo, String password, String extra) {
    return """
        name: backups
        backup:
          max_age: 26h
          retention: { daily: 3, weekly: 2, monthly: 2 }
          restic:
            - { name: master-daily, repo: %s, %s%s }
        """
        .formatted(repo, password, extra);
  }

  @Test
  void readsSnapshotsPerHostAndTagRetentionAndIntegrity() throws Exception {
    Path repo = repoWithHistory();
    BackupRepos.passwordFile(root);
    var inventory = BackupRepos.inventory(root, yaml(repo, "password_file: restic-pass", ""));
    EvidenceBundle bundle = BackupRepos.collect(root, inventory, new ResticCollector());
    Evidence evidence = new Evidence(bundle);

    BackupRepository facts = evidence.all(BackupRepository.class).get(0).data();
    assertThat(facts.snapshots()).isEqualTo(4);
    assertThat(facts.hosts())
        .extracting(BackupRepository.Host::hostname)
        .containsExactly("lady", "master");
    BackupRepository.Host master = facts.hosts().get(1);
    assertThat(master.newest()).isEqualTo(NOW.minus(Duration.ofHours(3)));
    assertThat(master.days()).isEqualTo(3);
    assertThat(master.months()).isEqualTo(2);
    assertThat(master.tagged())
        .singleElement()
        .satisfies(t -> assertThat(t.tags()).containsExactly("daily"));
    assertThat(evidence.all(BackupIntegrity.class).get(0).data().outcome())
        .isEqualTo(BackupIntegrity.Outcome.PASSED);

    // no host named: each host is judged; lady's last backup is 9 days old
    assertThat(judge(new BackupAgeCheck(), evidence))
        .extracting(Finding::subject, Finding::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("master-daily (restic) lady", Status.FAIL),
            org.assertj.core.groups.Tuple.tuple("master-daily (restic) master", Status.PASS));
    assertThat(judge(new BackupRetentionCheck(), evidence))
        .extracting(Finding::status)
        .containsExactly(Status.FAIL, Status.PASS);
    assertThat(judge(new IntegrityCheck(), evidence))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(Json.write(bundle)).doesNotContain(SECRET);
  }

  @Test
  void theNamedHostIsJudgedAloneAndAStaleOneFails() throws Exception {
    Path repo = repoWithHistory();
    var inventory =
        BackupRepos.inventory(root, yaml(repo, "password: ${RESTIC_PW}", ", host: lady"));
    Map<String, String> env = new java.util.HashMap<>(BackupRepos.environment(root));
    env.put("RESTIC_PW", SECRET);
    inventory = dev.opsgrade.config.InventoryLoader.load(root.resolve("opsgrade.yaml"), env);
    Evidence evidence = new Evidence(collectWith(inventory, env));
    assertThat(judge(new BackupAgeCheck(), evidence))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("host lady is 9 d").contains("max 1 d 2 h");
            });
  }

  @Test
  void aCorruptedPackFailsTheIntegrityCheck() throws Exception {
    Path repo = repoWithHistory();
    BackupRepos.passwordFile(root);
    BackupRepos.corrupt(repo.resolve("data"));
    var inventory = BackupRepos.inventory(root, yaml(repo, "password_file: restic-pass", ""));
    Evidence evidence = new Evidence(BackupRepos.collect(root, inventory, new ResticCollector()));
    assertThat(judge(new IntegrityCheck(), evidence))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).startsWith("errors found:");
            });
  }

  @Test
  void aWrongPasswordIsEvidenceNotACrashAndIsNeverPrinted() throws Exception {
    Path repo = repoWithHistory();
    Files.writeString(root.resolve("restic-pass"), "wrong-" + SECRET + "\n");
    var inventory = BackupRepos.inventory(root, yaml(repo, "password_file: restic-pass", ""));
    EvidenceBundle bundle = BackupRepos.collect(root, inventory, new ResticCollector());
    CollectorRun run = bundle.collectors().get(0);
    assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
    assertThat(run.detail()).startsWith("wrong password");
    List<Finding> findings = judge(new BackupAgeCheck(), new Evidence(bundle));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("wrong password");
            });
    assertThat(Json.write(bundle)).doesNotContain(SECRET);
  }

  @Test
  void aMissingRepositoryIsEvidence() throws Exception {
    BackupRepos.passwordFile(root);
    var inventory =
        BackupRepos.inventory(
            root, yaml(root.resolve("nothing-here"), "password_file: restic-pass", ""));
    EvidenceBundle bundle = BackupRepos.collect(root, inventory, new ResticCollector());
    assertThat(bundle.collectors().get(0).detail()).startsWith("no repository there");
    assertThat(judge(new IntegrityCheck(), new Evidence(bundle)))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
  }

  @Test
  void aLockedRepositoryLeavesTheIntegrityUnverified() throws Exception {
    Path repo = repoWithHistory();
    BackupRepos.passwordFile(root);
    // a backup reading from a pipe that stays open holds the repository's lock
    ProcessBuilder holder =
        new ProcessBuilder("restic", "backup", "--stdin", "--stdin-filename", "held");
    holder.environment().putAll(BackupRepos.resticEnv(root, repo));
    Process lock = holder.start();
    try {
      waitForLock(repo);
      var inventory = BackupRepos.inventory(root, yaml(repo, "password_file: restic-pass", ""));
      EvidenceBundle bundle = BackupRepos.collect(root, inventory, new ResticCollector());
      assertThat(bundle.collectors().get(0).outcome()).isEqualTo(CollectorRun.Outcome.PARTIAL);
      assertThat(judge(new IntegrityCheck(), new Evidence(bundle)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
                assertThat(f.message()).contains("locked");
              });
    } finally {
      lock.destroyForcibly();
      lock.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aMissingBinaryIsEvidence() throws Exception {
    BackupRepos.passwordFile(root);
    var inventory =
        BackupRepos.inventory(root, yaml(root.resolve("r"), "password_file: restic-pass", ""));
    EvidenceBundle bundle =
        BackupRepos.collect(root, inventory, new ResticCollector("/nonexistent/restic"));
    assertThat(bundle.collectors().get(0).outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
    assertThat(bundle.collectors().get(0).detail()).contains("cannot be run");
  }

  @Test
  void aHangingToolIsKilledAtTheDeadline() throws Exception {
    Path fake = root.resolve("restic-that-hangs");
    Files.writeString(fake, "#!/bin/sh\nsleep 600\n");
    fake.toFile().setExecutable(true);
    BackupRepos.passwordFile(root);
    var inventory =
        BackupRepos.inventory(root, yaml(root.resolve("r"), "password_file: restic-pass", ""));
    EvidenceBundle bundle =
        BackupRepos.collect(
            root, inventory, new ResticCollector(fake.toString()), Duration.ofSeconds(20));
    CollectorRun run = bundle.collectors().get(0);
    assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.TIMED_OUT);
    assertThat(run.detail()).contains("killed");
    assertThat(
            ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(fake.toString())))
        .isEmpty();
  }

  private EvidenceBundle collectWith(
      dev.opsgrade.model.inventory.Inventory inventory, Map<String, String> env) {
    var context =
        new dev.opsgrade.collect.CollectContext(
            root,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            Duration.ofSeconds(30),
            env,
            dev.opsgrade.collect.CollectContext.Options.readOnly());
    return new dev.opsgrade.collect.CollectionRunner(
            List.of(new ResticCollector()), e -> {}, Duration.ofMinutes(3))
        .collect(inventory, context, "test");
  }

  private static void waitForLock(Path repo) throws InterruptedException, java.io.IOException {
    Instant until = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(until)) {
      try (var locks = Files.list(repo.resolve("locks"))) {
        if (locks.findAny().isPresent()) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("restic did not take the lock");
  }

  static List<Finding> judge(Check check, Evidence evidence) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }
}
