package dev.opsgrade.check.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.git.GitTestRepos;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four git checks over evidence collected from real repositories. */
class GitChecksTest {
  @TempDir Path root;
  private final String token = "gl" + "pat-" + GitTestRepos.alnum(20, 77);
  private Evidence evidence;

  @BeforeEach
  void collect() throws Exception {
    try (Git git = GitTestRepos.bareRemoteAndClone(root)) {
      write(git, ".gitignore", "*.key\nsecrets/\n");
      write(git, ".env", "GITLAB=" + token + "\n");
      write(git, "stacks/compose.yml", "services: {}\n");
      commitAll(git, "first", 0);
      GitTestRepos.pushTracking(git);
      write(git, "stacks/compose.yml", "services: {web: {}}\n");
      commitAll(git, "unpushed", 1);
      write(git, "scratch.txt", "todo\n");
    }
    try (Git clean = GitTestRepos.init(root.resolve("solo"))) {
      write(
          clean,
          ".gitignore",
          ".env\n*.env\n*.key\n*.pem\n*.p12\nid_rsa*\nid_ed25519*\n" + "acme.json\nsecrets/\n");
      commitAll(clean, "only", 0);
    }
    Files.createDirectories(root.resolve("plain"));
    EvidenceBundle bundle = GitTestRepos.collect(root, List.of("work", "solo", "plain"));
    evidence = new Evidence(withComposeSecret(bundle, "work/stacks/db_root_password.txt"));
  }

  @Test
  void repoCleanFailsOnUntrackedWorkAndPassesACleanRepo() {
    List<Finding> findings = run(new RepoCleanCheck());
    assertThat(finding(findings, "work").status()).isEqualTo(Status.FAIL);
    assertThat(finding(findings, "work").message()).contains("1 untracked (work/scratch.txt)");
    assertThat(finding(findings, "solo").status()).isEqualTo(Status.PASS);
    Finding plain = finding(findings, "plain");
    assertThat(plain.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(plain.message()).contains("plain: not a git repository");
  }

  @Test
  void repoPushedFailsOnUnpushedCommitsAndOnNoUpstream() {
    List<Finding> findings = run(new RepoPushedCheck());
    Finding work = finding(findings, "work");
    assertThat(work.status()).isEqualTo(Status.FAIL);
    assertThat(work.message()).contains("1 commit(s) on main not pushed to origin/main");
    assertThat(work.fix().orElseThrow()).isEqualTo("cd work && git push");
    Finding solo = finding(findings, "solo");
    assertThat(solo.status()).isEqualTo(Status.FAIL);
    assertThat(solo.message()).contains("no upstream");
    assertThat(solo.fix().orElseThrow()).isEqualTo("cd solo && git push -u origin main");
  }

  @Test
  void gitignoreFailsOnATrackedEnvUncoveredProbesAndAnUnignoredComposeSecret() {
    List<Finding> findings = run(new GitignoreCheck());
    List<Finding> work = findings.stream().filter(f -> f.subject().equals("work")).toList();
    assertThat(work)
        .anySatisfy(
            f -> {
              assertThat(f.message()).contains(".env (env file) is tracked");
              assertThat(f.location()).contains(Location.file("work/.env"));
              assertThat(f.fix().orElseThrow()).startsWith("cd work && git rm --cached .env");
            });
    assertThat(work)
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains(
                        "stacks/db_root_password.txt (compose secrets: file) is not ignored"));
    assertThat(work)
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("ignore rules do not cover work/.env, work/x.env")
                    .doesNotContain("server.key"));
    assertThat(finding(findings, "solo").status()).isEqualTo(Status.PASS);
  }

  @Test
  void gitSecretsFailsWithFileLineAndFingerprint() {
    List<Finding> findings = run(new GitSecretsCheck());
    Finding secret = finding(findings, "work/.env");
    assertThat(secret.status()).isEqualTo(Status.FAIL);
    assertThat(secret.location()).contains(Location.file("work/.env", 1));
    assertThat(secret.message())
        .contains("rule gitlab-pat")
        .containsPattern("fingerprint [0-9a-f]{12}")
        .doesNotContain(token);
    assertThat(secret.fix().orElseThrow())
        .contains("Rotate")
        .contains("git filter-repo")
        .contains(".opsgrade-secrets-allowlist");
    assertThat(finding(findings, "solo").status()).isEqualTo(Status.PASS);
    assertThat(finding(findings, "plain").status()).isEqualTo(Status.UNVERIFIED);
  }

  @Test
  void theRegistryRunsTheRealChecksNotAwaitingPlaceholders() {
    List<Finding> all = CheckRegistry.standard().evaluate(evidence);
    assertThat(all)
        .filteredOn(f -> f.check().equals("sec.git-secrets"))
        .anySatisfy(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    assertThat(all)
        .filteredOn(f -> f.check().startsWith("chg.repo-"))
        .noneSatisfy(f -> assertThat(f.message()).contains("(git collector)"));
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

  /** Adds what the compose collector would record: a compose file naming a secret file. */
  static EvidenceBundle withComposeSecret(EvidenceBundle bundle, String secretFile) {
    ComposeFile compose =
        new ComposeFile(
            "master",
            "work/stacks/compose.yml",
            List.of(),
            1,
            List.of(secretFile),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<Fact> facts = new ArrayList<>(bundle.facts());
    facts.add(
        new Fact(
            "compose.file:master",
            "compose.file",
            "master",
            Provenance.of(
                "compose", Location.file("work/stacks/compose.yml"), bundle.collectedAt()),
            Json.toTree(compose)));
    return new EvidenceBundle(
        bundle.formatVersion(),
        bundle.opsgradeVersion(),
        bundle.collectedAt(),
        bundle.inventory(),
        bundle.collectors(),
        facts);
  }
}
