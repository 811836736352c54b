package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitSecretFinding;
import dev.opsgrade.collect.git.RepoPaths;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.time.ZoneOffset;
import java.util.List;

/** One secret as a sec.git-secrets failure: where, which commit, and how to get rid of it. */
final class SecretFinding {
  private static final String ALLOWLIST = ".opsgrade-secrets-allowlist";

  private SecretFinding() {}

  static Finding of(String repo, FactView<GitSecretFinding> fact, Findings findings) {
    GitSecretFinding f = fact.data();
    String file = RepoPaths.join(repo, f.file());
    String message =
        f.title()
            + " (rule "
            + f.rule()
            + ") in "
            + file
            + ":"
            + f.line()
            + ", fingerprint "
            + f.fingerprint()
            + history(f)
            + (f.occurrences() > 1 ? ", in " + f.occurrences() + " versions of the file" : "");
    return findings.fail(
        file, message, Location.file(file, f.line()), List.of(fact.id()), fix(repo, f));
  }

  private static String history(GitSecretFinding f) {
    if (f.inWorkingTree()) {
      return "";
    }
    String date =
        f.commitDate().map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("?");
    return ", only in history: commit "
        + f.commit().map(c -> c.substring(0, 12)).orElse("?")
        + " of "
        + date;
  }

  private static String fix(String repo, GitSecretFinding f) {
    String accept =
        "; or, if it is no secret, accept it: echo '"
            + f.fingerprint()
            + " # why' >> "
            + RepoPaths.join(repo, ALLOWLIST);
    if (f.inWorkingTree()) {
      return "Rotate the "
          + f.title()
          + " first (it is leaked), move it out of "
          + f.file()
          + " into an untracked, ignored secret file or ${VAR}, commit, then purge it from"
          + " history: "
          + RepoEvidence.cd(repo)
          + " && git filter-repo --replace-text <file listing it>"
          + " && git push --force --all"
          + accept;
    }
    return "Rotate the "
        + f.title()
        + " (commit "
        + f.commit().map(c -> c.substring(0, 12)).orElse("?")
        + " still holds it), then purge it: "
        + RepoEvidence.cd(repo)
        + " && git filter-repo --invert-paths --path '"
        + f.file()
        + "' (or --replace-text)"
        + " && git push --force --all"
        + accept;
  }
}
