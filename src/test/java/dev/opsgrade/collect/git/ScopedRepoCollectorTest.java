package dev.opsgrade.collect.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.collect.git.GitIgnoreCoverage.Probe;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repo entry that is a folder inside a repository: found, and everything scoped to it. */
class ScopedRepoCollectorTest {
  private static final String LADY = "../../../lady-config";
  @TempDir Path root;
  private EvidenceBundle bundle;
  private Evidence evidence;

  @BeforeEach
  void collect() throws Exception {
    Path inventory = ScopedRepos.build(root);
    bundle = GitTestRepos.collect(inventory, List.of(".", LADY));
    evidence = new Evidence(bundle);
  }

  @Test
  void theEnclosingRepositoryIsFoundAndRecordedWithItsRootAndTheScope() {
    GitRepoState state = only(GitRepoState.class, ".");
    assertThat(state.root()).isEqualTo("../..");
    assertThat(state.scope()).isEqualTo("infra/homelab");
    assertThat(state.branch()).contains("main");
    assertThat(state.lastCommitDate()).contains(GitTestRepos.EPOCH.plusSeconds(60));
    assertThat(state.changes().modifiedPaths()).containsExactly("notes.md");
    assertThat(state.changes().untrackedPaths()).containsExactly("stacks/new.env", "untracked.txt");
    assertThat(state.changes().total()).isEqualTo(3);
    GitRepoState lady = only(GitRepoState.class, LADY);
    assertThat(lady.root()).isEqualTo(LADY);
    assertThat(lady.scope()).isEqualTo(".");
    assertThat(evidence.run("git", ".").orElseThrow().outcome()).isEqualTo(CollectorRun.Outcome.OK);
    assertThat(evidence.run("git", ".").orElseThrow().detail())
        .startsWith(". (folder infra/homelab of the repository at ../..): ");
  }

  @Test
  void ignoreCoverageAppliesTheRulesAboveTheFolderAndLooksOnlyUnderIt() {
    GitIgnoreCoverage coverage = only(GitIgnoreCoverage.class, ".");
    Map<String, Boolean> probes =
        coverage.probes().stream()
            .collect(Collectors.toMap(Probe::path, p -> p.verdict().ignored()));
    assertThat(probes.keySet()).allMatch(p -> p.startsWith("infra/homelab/"));
    assertThat(probes)
        .containsEntry("infra/homelab/.env", false)
        .containsEntry("infra/homelab/server.key", true)
        .containsEntry("infra/homelab/secrets/x", true)
        .containsEntry("infra/homelab/acme.json", true);
    assertThat(coverage.ignores("infra/homelab/acme.json").decidedBy().orElseThrow().source())
        .isEqualTo("infra/.gitignore");
    assertThat(coverage.ignores("infra/homelab/debug.log").decidedBy().orElseThrow().source())
        .isEqualTo(".gitignore");
    assertThat(coverage.sensitiveFiles())
        .extracting(SensitiveFile::path, SensitiveFile::file, SensitiveFile::tracked)
        .containsExactly(
            tuple("infra/homelab/stacks/.env", "stacks/.env", true),
            tuple("infra/homelab/stacks/new.env", "stacks/new.env", false));
  }

  @Test
  void theSecretScanReadsOnlyTheFolderAndLocatesFromTheInventory() {
    List<GitSecretFinding> found =
        evidence.all(GitSecretFinding.class).stream().map(FactView::data).toList();
    assertThat(found)
        .extracting(
            GitSecretFinding::repo,
            GitSecretFinding::file,
            GitSecretFinding::pathInRepo,
            GitSecretFinding::line,
            GitSecretFinding::inWorkingTree)
        .containsExactlyInAnyOrder(
            tuple(".", "stacks/x.yml", "infra/homelab/stacks/x.yml", 2, true),
            tuple(".", "stacks/new.env", "infra/homelab/stacks/new.env", 1, true),
            tuple(".", "stacks/old.env", "infra/homelab/stacks/old.env", 1, false),
            tuple(LADY, LADY + "/a/.env", "a/.env", 1, true));
    assertThat(evidence.all(GitSecretFinding.class))
        .extracting(FactView::location)
        .contains(Location.file("stacks/x.yml", 2), Location.file(LADY + "/a/.env", 1));
    GitSecretFinding committed = secret(found, "stacks/x.yml");
    assertThat(committed.commitDate()).contains(GitTestRepos.EPOCH);
    assertThat(committed.occurrences()).isEqualTo(1);
    assertThat(secret(found, "stacks/new.env").commit()).isEmpty();
    GitSecretScan scan = only(GitSecretScan.class, ".");
    assertThat(scan.scope()).isEqualTo("infra/homelab");
    assertThat(scan.complete()).isTrue();
    assertThat(scan.stoppedBy()).isEmpty();
    assertThat(scan.commits()).isEqualTo(2).isEqualTo(scan.commitsTotal());
    // Working tree: .gitignore, x.yml, .env, new.env, notes.md (v2), untracked.txt; history adds
    // only what the folder held and the tree does not: notes.md v1 and old.env. Never other/.
    assertThat(scan.workingTreeFiles()).isEqualTo(6);
    assertThat(scan.blobsRead()).isEqualTo(2);
    String everything = Json.write(bundle);
    assertThat(everything).doesNotContain("other/").doesNotContain("dirty.txt");
  }

  private static GitSecretFinding secret(List<GitSecretFinding> found, String file) {
    return found.stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
  }

  private <T> T only(Class<T> type, String repo) {
    List<T> facts =
        evidence.all(type).stream()
            .map(FactView::data)
            .filter(f -> Json.toTree(f).get("repo").asString().equals(repo))
            .toList();
    assertThat(facts).as(type.getSimpleName() + " of " + repo).hasSize(1);
    return facts.get(0);
  }
}
