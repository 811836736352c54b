package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitSecretFinding;
import dev.opsgrade.collect.git.GitSecretScan;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One secret as a sec.git-secrets failure: where (file:line from the inventory's folder), which
 * commit, and how to get rid of it: rotate, move out, purge from history (from the repository's
 * root, where git filter-repo runs), or accept it in the entry's allowlist.
 */
final class SecretFinding {
  private SecretFinding() {}

  static Finding of(GitSecretScan scan, FactView<GitSecretFinding> fact, Findings findings) {
    GitSecretFinding f = fact.data();
    String message =
        f.title()
            + " (rule "
            + f.rule()
            + ") in "
            + f.file()
            + ":"
            + f.line()
            + ", fingerprint "
            + f.fingerprint()
            + history(f)
            + (f.occurrences() > 1 ? ", in " + f.occurrences() + " versions of the file" : "");
    return findings.fail(
        f.file(), message, Location.file(f.file(), f.line()), List.of(fact.id()), fix(scan, f));
  }

  private static String history(GitSecretFinding f) {
    if (f.commit().isEmpty()) {
      return ", not committed (an untracked file or an uncommitted change)";
    }
    String when = shortCommit(f) + " of " + date(f);
    return f.inWorkingTree() ? ", committed in " + when : ", only in history: commit " + when;
  }

  private static String fix(GitSecretScan scan, GitSecretFinding f) {
    String accept =
        "; or, if it is no secret, accept it: echo '"
            + f.fingerprint()
            + " # why' >> "
            + RepoEvidence.quote(scan.allowlistFile());
    if (f.commit().isEmpty()) {
      return "Move it out of "
          + f.file()
          + " before it is committed: into a git-ignored secret file, a Docker secret or a ${VAR}"
          + " reference (rotate it if it was ever shared)"
          + accept;
    }
    String purge =
        RepoEvidence.inFolder(
            scan.root(),
            "git filter-repo --replace-text <a file holding the secret's value on one line>"
                + " && git push --force --all");
    if (f.inWorkingTree()) {
      return "Rotate the secret first (it is leaked: every clone holds it), move it out of "
          + f.file()
          + " into a git-ignored secret file, a Docker secret or a ${VAR} reference, commit, then"
          + " purge it from history: "
          + purge
          + accept;
    }
    return "Rotate the secret (commit "
        + shortCommit(f)
        + " still holds it, in every clone), then purge it: "
        + purge
        + " (or, to drop the whole file from history, --invert-paths --path "
        + RepoEvidence.quote(f.pathInRepo())
        + " instead of --replace-text)"
        + accept;
  }

  private static String shortCommit(GitSecretFinding f) {
    return f.commit().map(c -> c.substring(0, 12)).orElse("?");
  }

  private static String date(GitSecretFinding f) {
    return f.commitDate().map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("?");
  }
}
