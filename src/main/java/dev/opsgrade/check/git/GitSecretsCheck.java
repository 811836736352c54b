package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitSecretFinding;
import dev.opsgrade.collect.git.GitSecretScan;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * sec.git-secrets: no secret in any repository's working tree or history, except those accepted in
 * the repository's allowlist. Each finding names the file and line, and for a secret only in
 * history the commit and its date; the message carries the fingerprint ("fingerprint
 * 0123456789ab"), never the secret.
 */
public final class GitSecretsCheck implements Check {

  @Override
  public String id() {
    return "sec.git-secrets";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<GitSecretFinding>> secrets = evidence.all(GitSecretFinding.class);
    return RepoEvidence.perRepo(
        evidence,
        findings,
        GitSecretScan.class,
        GitSecretScan::repo,
        "no secret scan",
        (repo, scan) -> judge(repo, scan, secrets, findings));
  }

  private static List<Finding> judge(
      String repo,
      FactView<GitSecretScan> scan,
      List<FactView<GitSecretFinding>> secrets,
      Findings findings) {
    List<Finding> result = new ArrayList<>();
    for (FactView<GitSecretFinding> secret : secrets) {
      if (secret.data().repo().equals(repo) && !secret.data().accepted()) {
        result.add(SecretFinding.of(repo, secret, findings));
      }
    }
    GitSecretScan stats = scan.data();
    Location here = Location.file(repo);
    if (stats.findingsNotRecorded() > 0) {
      result.add(
          findings.fail(
              repo,
              repo + ": " + stats.findingsNotRecorded() + " more secret findings not listed",
              here,
              List.of(scan.id()),
              "fix the listed findings and run again to see the rest"));
    }
    if (!stats.complete()) {
      result.add(
          findings.about(
              Status.UNVERIFIED,
              repo,
              repo
                  + ": the secret scan stopped at the deadline after "
                  + stats.commits()
                  + " commits: raise the timeout",
              scan));
    }
    if (result.isEmpty()) {
      result.add(findings.pass(repo, summary(repo, stats), scan));
    }
    return result;
  }

  private static String summary(String repo, GitSecretScan s) {
    return repo
        + ": no secret in "
        + s.workingTreeFiles()
        + " working tree files and "
        + s.blobsRead()
        + " history blobs of "
        + s.commits()
        + " commits ("
        + s.skippedLarge()
        + " over 1 MiB and "
        + s.skippedBinary()
        + " binary skipped"
        + (s.accepted() > 0 ? "; " + s.accepted() + " accepted in " + s.allowlistFile() : "")
        + (s.allowlistErrors().isEmpty()
            ? ""
            : "; allowlist errors: " + String.join(", ", s.allowlistErrors()))
        + ")";
  }
}
