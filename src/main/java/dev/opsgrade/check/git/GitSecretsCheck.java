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
 * sec.git-secrets: no secret in any repo entry's working tree or history (only paths under the
 * entry's folder), except those accepted in its allowlist. Each finding names the file and line,
 * and for a secret only in history the commit and its date; the message carries the fingerprint
 * ("fingerprint 0123456789ab"), never the secret. A scan cut short never passes: what it did not
 * read is UNVERIFIED.
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
    GitSecretScan stats = scan.data();
    List<Finding> result = new ArrayList<>();
    for (FactView<GitSecretFinding> secret : secrets) {
      if (secret.data().repo().equals(repo) && !secret.data().accepted()) {
        result.add(SecretFinding.of(stats, secret, findings));
      }
    }
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
    if (!result.isEmpty() && !stats.allowlistErrors().isEmpty()) {
      result.add(
          RepoEvidence.withFix(
              findings,
              Status.WARN,
              repo,
              repo
                  + ": lines of the allowlist are not fingerprints, so they accept nothing: "
                  + String.join(", ", stats.allowlistErrors()),
              Location.file(stats.allowlistFile()),
              List.of(scan.id()),
              "write each accepted secret as its 12-hex-digit fingerprint, as the findings show"
                  + " it, optionally followed by # why"));
    }
    if (!stats.complete()) {
      result.add(
          RepoEvidence.withFix(
              findings,
              Status.UNVERIFIED,
              repo,
              ScanMessages.cutShort(stats),
              here,
              List.of(scan.id()),
              "run again with more time, e.g. opsgrade assess --timeout 10m: the secret scans"
                  + " share 90% of it"));
    }
    if (result.isEmpty()) {
      result.add(findings.pass(repo, ScanMessages.summary(stats), scan));
    }
    return result;
  }
}
