package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretHistoryScanTest {
  @TempDir Path root;

  private final String stripe = "sk" + "_live_" + GitTestRepos.alnum(24, 501);
  private final String github = "gh" + "p_" + GitTestRepos.alnum(36, 502);
  private final String slack = "xox" + "b-" + GitTestRepos.alnum(30, 503);

  @Test
  void aSecretCommittedThenDeletedIsFoundInHistoryWithItsCommitAndDate() throws Exception {
    RevCommit leak;
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      write(git, "README.md", "hello\n");
      commitAll(git, "start", 0);
      write(git, "app/config.env", "PAYMENTS=" + stripe + "\n");
      leak = commitAll(git, "add payments", 5);
      Files.delete(root.resolve("repo/app/config.env"));
      commitAll(git, "remove it", 10);
    }

    List<GitSecretFinding> found = findings(new Evidence(collect()));

    assertThat(found).hasSize(1);
    GitSecretFinding secret = found.get(0);
    assertThat(secret.rule()).isEqualTo("stripe-live-key");
    assertThat(secret.file()).isEqualTo("repo/app/config.env");
    assertThat(secret.pathInRepo()).isEqualTo("app/config.env");
    assertThat(secret.line()).isEqualTo(1);
    assertThat(secret.inWorkingTree()).isFalse();
    assertThat(secret.commit()).contains(leak.getName());
    assertThat(secret.commitDate()).contains(GitTestRepos.EPOCH.plusSeconds(300));
    assertThat(secret.fingerprint()).isEqualTo(SecretValues.fingerprint(stripe));
  }

  @Test
  void everyReachableBlobIsReadOnceHoweverManyCommitsHoldIt() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      for (int i = 0; i < 30; i++) {
        write(git, "app.env", (i % 2 == 0 ? "TOKEN=" + github : "TOKEN=${GH_TOKEN}") + "\n");
        write(git, "copy-" + (i % 3) + ".env", "TOKEN=" + github + "\n");
        write(git, "counter.txt", "n=" + i + "\n");
        commitAll(git, "round " + i, i);
      }
      git.branchCreate().setName("side").call();
      git.checkout().setName("side").call();
      write(git, "side.txt", "only on side: " + slack + "\n");
      commitAll(git, "side work", 40);
      git.checkout().setName("main").call();
    }

    Evidence evidence = new Evidence(collect());
    GitSecretScan scan = evidence.all(GitSecretScan.class).get(0).data();
    long reachableBlobs = distinctReachableBlobs(root.resolve("repo"));

    // The working tree holds 3 distinct blobs (the shared TOKEN line, the ${GH_TOKEN} variant and
    // counter n=29), read from disk; history adds the other 29 counters and side.txt, each once.
    assertThat(reachableBlobs).isEqualTo(33);
    assertThat(scan.workingTreeFiles()).isEqualTo(5);
    assertThat(scan.commits()).isEqualTo(31);
    assertThat(scan.blobsRead()).isEqualTo(reachableBlobs - 3);
    assertThat(scan.blobRevisits()).isGreaterThanOrEqualTo(28);
    List<GitSecretFinding> found = findings(evidence);
    assertThat(found)
        .extracting(GitSecretFinding::pathInRepo)
        .containsExactlyInAnyOrder("app.env", "copy-0.env", "copy-1.env", "copy-2.env", "side.txt");
    // The same blob brought back in 15 commits is one version of the file, first committed in
    // round 0; a copy still in the working tree carries the commit that first brought it in.
    assertThat(found)
        .filteredOn(f -> f.pathInRepo().equals("app.env"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.occurrences()).isEqualTo(1);
              assertThat(f.inWorkingTree()).isFalse();
              assertThat(f.commitDate()).contains(GitTestRepos.EPOCH);
            });
    assertThat(found)
        .filteredOn(f -> f.pathInRepo().equals("copy-2.env"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.inWorkingTree()).isTrue();
              assertThat(f.commitDate()).contains(GitTestRepos.EPOCH.plusSeconds(120));
            });
    assertThat(found)
        .filteredOn(f -> f.pathInRepo().equals("side.txt"))
        .singleElement()
        .satisfies(f -> assertThat(f.inWorkingTree()).isFalse());
  }

  @Test
  void binaryAndLargeBlobsAreSkippedAndCounted() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      byte[] binary = ("\0\0PNG" + github).getBytes(StandardCharsets.ISO_8859_1);
      GitTestRepos.writeBytes(git, "logo.png", binary);
      Path big = root.resolve("repo/dump.sql");
      try (OutputStream out = Files.newOutputStream(big)) {
        byte[] line = "INSERT INTO t VALUES ('lorem ipsum dolor sit amet');\n".getBytes();
        for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
          out.write(line);
        }
        out.write(("API_TOKEN=" + github + "\n").getBytes());
      }
      commitAll(git, "assets", 0);
      Files.delete(big);
      Files.delete(root.resolve("repo/logo.png"));
      commitAll(git, "drop assets", 1);
    }

    Evidence evidence = new Evidence(collect());
    GitSecretScan scan = evidence.all(GitSecretScan.class).get(0).data();

    assertThat(scan.skippedLarge()).isEqualTo(1);
    assertThat(scan.skippedBinary()).isEqualTo(1);
    assertThat(findings(evidence)).isEmpty();
  }

  @Test
  void theAllowlistAcceptsAFindingByItsFingerprint() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      write(git, ".env.ci", "A=" + github + "\nB=" + stripe + "\n");
      write(
          git,
          ".opsgrade-secrets-allowlist",
          "# accepted after review\n"
              + SecretValues.fingerprint(github)
              + "  # CI dummy account\n"
              + "not-a-fingerprint\n");
      commitAll(git, "ci", 0);
    }

    Evidence evidence = new Evidence(collect());
    List<GitSecretFinding> found = findings(evidence);
    GitSecretScan scan = evidence.all(GitSecretScan.class).get(0).data();

    assertThat(found)
        .filteredOn(GitSecretFinding::accepted)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("github-pat");
              assertThat(f.acceptedReason()).contains("CI dummy account");
            });
    assertThat(found)
        .filteredOn(f -> !f.accepted())
        .extracting(GitSecretFinding::rule)
        .containsExactly("stripe-live-key");
    assertThat(scan.accepted()).isEqualTo(1);
    assertThat(scan.allowlistErrors())
        .containsExactly("repo/.opsgrade-secrets-allowlist:3: not a 12-hex-digit fingerprint");
  }

  private dev.opsgrade.model.EvidenceBundle collect() {
    return GitTestRepos.collect(root, List.of("repo"));
  }

  static List<GitSecretFinding> findings(Evidence evidence) {
    return evidence.all(GitSecretFinding.class).stream().map(FactView::data).toList();
  }

  /** Independent count: every blob an ObjectWalk reaches from every ref. */
  private static long distinctReachableBlobs(Path dir) throws Exception {
    try (Git git = Git.open(dir.toFile());
        ObjectWalk walk = new ObjectWalk(git.getRepository())) {
      for (var ref : git.getRepository().getRefDatabase().getRefs()) {
        walk.markStart(walk.parseCommit(ref.getObjectId()));
      }
      while (walk.next() != null) {
        // commits are not counted
      }
      Set<ObjectId> blobs = new HashSet<>();
      for (RevObject object = walk.nextObject(); object != null; object = walk.nextObject()) {
        if (object.getType() == Constants.OBJ_BLOB) {
          blobs.add(object.copy());
        }
      }
      return blobs.size();
    }
  }
}
