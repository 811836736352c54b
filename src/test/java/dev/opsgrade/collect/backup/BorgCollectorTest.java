package dev.opsgrade.collect.backup;

import static dev.opsgrade.collect.backup.BackupRepos.NOW;
import static dev.opsgrade.collect.backup.BackupRepos.SECRET;
import static dev.opsgrade.collect.backup.ResticCollectorTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.backup.BackupAgeCheck;
import dev.opsgrade.check.backup.BackupRetentionCheck;
import dev.opsgrade.check.backup.IntegrityCheck;
import dev.opsgrade.collect.borg.BorgCollector;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The borg collector over real borg repositories with archives at faked times. */
class BorgCollectorTest {
  @TempDir Path root;
  private Path repo;

  @BeforeEach
  void archives() throws Exception {
    repo = root.resolve("borg-repo");
    Path data = BackupRepos.data(root, "data", 8);
    BackupRepos.borgInit(root, repo);
    BackupRepos.borgCreate(root, repo, data, "a-old", NOW.minus(Duration.ofDays(35)));
    BackupRepos.borgCreate(root, repo, data, "a-yesterday", NOW.minus(Duration.ofHours(30)));
    BackupRepos.borgCreate(root, repo, data, "a-today", NOW.minus(Duration.ofHours(2)));
  }

  private EvidenceBundle collect(String password, Map<String, String> extra, String readData)
      throws Exception {
    Files.writeString(
        root.resolve("opsgrade.yaml"),
        """
        name: borg
        backup:
          retention: { daily: 3, weekly: 2, monthly: 2 }
          borg:
            - { name: nightly, repo: %s, password: "${BORG_PW}"%s }
        """
            .formatted(repo, readData));
    Map<String, String> env = new java.util.HashMap<>(BackupRepos.environment(root));
    env.put("BORG_PW", password);
    env.putAll(extra);
    var inventory = InventoryLoader.load(root.resolve("opsgrade.yaml"), env);
    var context =
        new dev.opsgrade.collect.CollectContext(
            root,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            Duration.ofSeconds(30),
            env,
            dev.opsgrade.collect.CollectContext.Options.readOnly());
    return new dev.opsgrade.collect.CollectionRunner(
            List.of(new BorgCollector()), e -> {}, Duration.ofMinutes(3))
        .collect(inventory, context, "test");
  }

  @Test
  void readsArchivesRetentionAndIntegrity() throws Exception {
    EvidenceBundle bundle = collect(SECRET, Map.of(), ", read_data: all");
    Evidence evidence = new Evidence(bundle);
    BackupRepository facts = evidence.all(BackupRepository.class).get(0).data();
    assertThat(facts.snapshots()).isEqualTo(3);
    BackupRepository.Host host = facts.hosts().get(0);
    assertThat(host.newest()).isEqualTo(NOW.minus(Duration.ofHours(2)));
    assertThat(host.newestId()).isEqualTo("a-today");
    assertThat(host.days()).isEqualTo(3);
    assertThat(host.months()).isEqualTo(2);
    BackupIntegrity integrity = evidence.all(BackupIntegrity.class).get(0).data();
    assertThat(integrity.outcome()).isEqualTo(BackupIntegrity.Outcome.PASSED);
    assertThat(integrity.dataRead()).isEqualTo("all");
    assertThat(judge(new BackupAgeCheck(), evidence))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(judge(new BackupRetentionCheck(), evidence))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(Json.write(bundle)).doesNotContain(SECRET);
  }

  @Test
  void aWrongPassphraseIsEvidence() throws Exception {
    EvidenceBundle bundle = collect("not-the-" + SECRET, Map.of(), "");
    CollectorRun run = bundle.collectors().get(0);
    assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
    assertThat(run.detail()).startsWith("wrong password");
    assertThat(Json.write(bundle)).doesNotContain(SECRET);
  }

  @Test
  void aDamagedSegmentFailsTheIntegrityCheck() throws Exception {
    BackupRepos.corruptOldestSegment(repo.resolve("data"));
    EvidenceBundle bundle = collect(SECRET, Map.of(), "");
    Evidence evidence = new Evidence(bundle);
    assertThat(evidence.all(BackupIntegrity.class).get(0).data().outcome())
        .isEqualTo(BackupIntegrity.Outcome.ERRORS);
    assertThat(judge(new IntegrityCheck(), evidence))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).startsWith("errors found:");
            });
  }

  @Test
  void aLockedRepositoryLeavesTheIntegrityUnverifiedButStillLists() throws Exception {
    ProcessBuilder holder =
        new ProcessBuilder("borg", "with-lock", repo.toString(), "sleep", "300");
    holder.environment().putAll(BackupRepos.borgEnv(root, repo));
    Process lock = holder.start();
    try {
      java.time.Instant until = java.time.Instant.now().plusSeconds(60);
      while (!Files.exists(repo.resolve("lock.exclusive"))) {
        assertThat(java.time.Instant.now()).as("borg took the lock").isBefore(until);
        Thread.sleep(100);
      }
      EvidenceBundle bundle = collect(SECRET, Map.of(), "");
      assertThat(bundle.collectors().get(0).outcome()).isEqualTo(CollectorRun.Outcome.PARTIAL);
      Evidence evidence = new Evidence(bundle);
      assertThat(evidence.all(BackupRepository.class).get(0).data().snapshots()).isEqualTo(3);
      assertThat(judge(new IntegrityCheck(), evidence))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
                assertThat(f.message()).contains("locked by another process");
              });
    } finally {
      lock.descendants().forEach(ProcessHandle::destroyForcibly);
      lock.destroyForcibly();
      lock.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void aMissingRepositoryIsEvidence() throws Exception {
    repo = root.resolve("no-such-repo");
    EvidenceBundle bundle = collect(SECRET, Map.of(), "");
    assertThat(bundle.collectors().get(0).detail()).startsWith("no repository there");
  }
}
