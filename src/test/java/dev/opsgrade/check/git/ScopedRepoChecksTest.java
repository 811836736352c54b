package dev.opsgrade.check.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitTestRepos;
import dev.opsgrade.collect.git.ScopedRepos;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git checks on a repo entry that is a folder inside a repository (see ScopedRepos). */
class ScopedRepoChecksTest {
  @TempDir Path root;
  private Evidence evidence;

  @BeforeEach
  void collect() throws Exception {
    Path inventory = ScopedRepos.build(root);
    evidence =
        new Evidence(
            GitChecksTest.withComposeSecret(
                GitTestRepos.collect(inventory, List.of(".")), "stacks/db_password.txt"));
  }

  @Test
  void secretsAreLocatedFromTheInventoryAndPurgedFromTheRepositoryRoot() {
    List<Finding> findings = run(new GitSecretsCheck());
    assertThat(findings).extracting(Finding::status).containsOnly(Status.FAIL).hasSize(3);
    Finding tree = finding(findings, "stacks/x.yml");
    assertThat(tree.location()).contains(Location.file("stacks/x.yml", 2));
    assertThat(tree.fix().orElseThrow())
        .contains("cd ../.. && git filter-repo --replace-text")
        .contains(">> .opsgrade-secrets-allowlist");
    Finding history = finding(findings, "stacks/old.env");
    assertThat(history.message()).contains("only in history: commit");
    assertThat(history.fix().orElseThrow())
        .contains("--invert-paths --path infra/homelab/stacks/old.env");
    Finding uncommitted = finding(findings, "stacks/new.env");
    assertThat(uncommitted.message()).contains("not committed");
    assertThat(uncommitted.fix().orElseThrow())
        .startsWith("Move it out of stacks/new.env before it is committed")
        .doesNotContain("filter-repo");
  }

  @Test
  void gitignoreJudgesOnlyTheFolderAndItsTrackedEnvWithoutSecretIsAWarning() {
    List<Finding> findings = run(new GitignoreCheck());
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain("other/"));
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.status()).isEqualTo(Status.WARN);
              assertThat(f.message()).contains("stacks/.env (env file) is tracked: no secret");
              assertThat(f.location()).contains(Location.file("stacks/.env"));
              assertThat(f.fix().orElseThrow()).contains("git rm --cached stacks/.env");
            });
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("stacks/new.env (env file) is not ignored");
              assertThat(f.fix().orElseThrow()).isEqualTo("echo '/stacks/new.env' >> .gitignore");
            });
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.message())
                  .contains("stacks/db_password.txt (compose secrets: file) is not ignored");
              assertThat(f.fix().orElseThrow())
                  .isEqualTo("echo '/stacks/db_password.txt' >> .gitignore");
            });
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.message()).startsWith(".: ignore rules do not cover .env, x.env,");
              assertThat(f.location()).contains(Location.file(".gitignore"));
            });
  }

  @Test
  void cleanAndPushedSpeakOfTheFolderAndOfTheRepository() {
    Finding clean = run(new RepoCleanCheck()).get(0);
    assertThat(clean.status()).isEqualTo(Status.FAIL);
    assertThat(clean.message())
        .isEqualTo(
            ". (folder infra/homelab of the repository at ../..): uncommitted changes:"
                + " 1 modified (notes.md); 2 untracked (stacks/new.env, untracked.txt)");
    assertThat(clean.fix().orElseThrow()).startsWith("git status -- . && git add -A -- . &&");
    Finding pushed = run(new RepoPushedCheck()).get(0);
    assertThat(pushed.message()).isEqualTo(". (repository at ../..): branch main has no upstream");
    assertThat(pushed.fix().orElseThrow()).isEqualTo("git push -u origin main");
  }

  @Test
  void aFolderTheRepositoryIgnoresIsNotCalledClean() throws Exception {
    Path inventory = root.resolve("mono/infra/homelab");
    Evidence ignored = new Evidence(GitTestRepos.collect(inventory, List.of("../../ignored-dir")));
    Finding clean =
        new RepoCleanCheck()
            .evaluate(ignored, new Findings(Catalogue.standard().get("chg.repo-clean")))
            .get(0);
    assertThat(clean.status()).isEqualTo(Status.FAIL);
    assertThat(clean.message()).contains("no file in it is tracked");
    assertThat(clean.fix().orElseThrow())
        .startsWith("cd ../../ignored-dir && git check-ignore -v .");
  }

  private List<Finding> run(Check check) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  private static Finding finding(List<Finding> findings, String subject) {
    return findings.stream()
        .filter(f -> f.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + subject + " in " + findings));
  }
}
