package dev.opsgrade.check.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitCollector;
import dev.opsgrade.collect.git.GitSecretScan;
import dev.opsgrade.collect.git.GitTestRepos;
import dev.opsgrade.collect.git.SecretScanner;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history far longer than the secret scan's share of the git collector's budget: the scan stops
 * there, records how far it got, and sec.git-secrets says UNVERIFIED with that date instead of
 * passing; what it read before stopping (a secret in the first commit) is still reported. The scan
 * gets 20% of a 10 s budget here (not the default 90%), so that a loaded machine still has seconds
 * of margin before the runner would give up on the collector; the 800 commits of keyword-dense text
 * take several times those 2 s on a fast machine. A first run over a small repository loads and
 * warms JGit, so that the first commit surely fits in the 2 s.
 */
class GitScanCutShortTest {
  private static final int COMMITS = 800;
  @TempDir Path root;

  @Test
  void aScanCutShortByTheBudgetIsUnverifiedUpToItsLastCommitAndNeverPasses() throws Exception {
    String token = "gl" + "pat-" + GitTestRepos.alnum(20, 901);
    heavyHistory(root.resolve("repo"), token);
    try (Git warm = GitTestRepos.init(root.resolve("warm"))) {
      GitTestRepos.write(warm, "a.env", "TOKEN=" + token + "\n");
      GitTestRepos.commitAll(warm, "warm", 0);
    }
    GitTestRepos.collect(root, List.of("warm"));

    Evidence evidence =
        new Evidence(
            GitTestRepos.collect(
                root,
                List.of("repo"),
                new GitCollector(SecretScanner.standard(), 20),
                Duration.ofSeconds(10)));

    GitSecretScan scan = evidence.all(GitSecretScan.class).get(0).data();
    System.err.println(
        "CUTSHORT " + scan.commits() + " " + scan.blobsRead() + " t=" + System.nanoTime());
    assertThat(scan.complete()).isFalse();
    assertThat(scan.stoppedBy()).contains("the deadline: 20% of the git collector's 10 s budget");
    assertThat(scan.commitsTotal()).isEqualTo(COMMITS);
    assertThat(scan.commits()).isBetween(1L, COMMITS - 1L);
    Instant upTo = scan.scannedUpToDate().orElseThrow();
    assertThat(upTo).isEqualTo(GitTestRepos.EPOCH.plusSeconds(60 * (scan.commits() - 1)));
    CollectorRun run = evidence.run("git", "repo").orElseThrow();
    assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.PARTIAL);

    List<Finding> findings =
        new GitSecretsCheck()
            .evaluate(evidence, new Findings(Catalogue.standard().get("sec.git-secrets")));
    assertThat(findings).noneMatch(f -> f.status() == Status.PASS);
    assertThat(findings)
        .anyMatch(f -> f.subject().equals("repo/app.env") && f.status() == Status.FAIL);
    Finding unverified =
        findings.stream().filter(f -> f.status() == Status.UNVERIFIED).findFirst().orElseThrow();
    assertThat(unverified.message())
        .contains("history scanned only up to commit " + scan.scannedUpTo().get().substring(0, 12))
        .contains(" of " + upTo.atOffset(ZoneOffset.UTC).toLocalDate())
        .contains(scan.commits() + " of " + COMMITS + " commits");
    assertThat(unverified.fix().orElseThrow()).contains("--timeout");
  }

  /**
   * Commit 1 holds a secret in app.env; each later commit changes data.txt, 256 KiB of lines that
   * reach the generic rule's regex (placeholders, so no finding): slow to scan, small on disk. Made
   * with JGit's object inserter, and never checked out: the scan is all history.
   */
  private static void heavyHistory(Path dir, String token) throws Exception {
    byte[] line = "password=${DB_PASSWORD}\n".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[256 * 1024 / line.length * line.length];
    for (int at = 0; at < body.length; at += line.length) {
      System.arraycopy(line, 0, body, at, line.length);
    }
    try (Git git = GitTestRepos.init(dir);
        ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      ObjectId env = inserter.insert(Constants.OBJ_BLOB, ("TOKEN=" + token + "\n").getBytes());
      ObjectId parent = null;
      for (int i = 0; i < COMMITS; i++) {
        TreeFormatter tree = new TreeFormatter();
        tree.append("app.env", FileMode.REGULAR_FILE, env);
        if (i > 0) {
          byte[] header = ("version " + i + "\n").getBytes(StandardCharsets.US_ASCII);
          byte[] data = new byte[header.length + body.length];
          System.arraycopy(header, 0, data, 0, header.length);
          System.arraycopy(body, 0, data, header.length, body.length);
          tree.append("data.txt", FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, data));
        }
        parent = inserter.insert(commit(inserter.insert(tree), parent, i));
      }
      inserter.flush();
      RefUpdate main = git.getRepository().updateRef("refs/heads/main");
      main.setNewObjectId(parent);
      main.forceUpdate();
    }
  }

  private static CommitBuilder commit(ObjectId tree, ObjectId parent, int minutes) {
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(tree);
    PersonIdent who =
        new PersonIdent(
            "Test",
            "test@localhost",
            GitTestRepos.EPOCH.plusSeconds(60L * minutes),
            ZoneOffset.UTC);
    commit.setAuthor(who);
    commit.setCommitter(who);
    commit.setMessage("round " + minutes);
    if (parent != null) {
      commit.setParentId(parent);
    }
    return commit;
  }
}
