package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitIgnoreCoverage;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.collect.git.RepoScope;
import dev.opsgrade.collect.git.SecretFileNames;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The findings of sec.gitignore for one repo entry, each located at a path from the inventory's
 * folder and with the command that fixes it, run in the entry's folder (so paths in it, and the
 * .gitignore it writes, are the entry's).
 */
final class IgnoreFindings {
  /** What the secret scan says about the files of this entry: which hold a secret. */
  record ScanVerdict(boolean complete, Set<String> pathsWithSecrets) {
    static final ScanVerdict NONE = new ScanVerdict(false, Set.of());
  }

  private final RepoScope where;
  private final FactView<GitIgnoreCoverage> fact;
  private final Findings findings;
  private final ScanVerdict scan;
  private final List<Finding> result = new ArrayList<>();

  IgnoreFindings(FactView<GitIgnoreCoverage> fact, Findings findings, ScanVerdict scan) {
    this.where = fact.data().where();
    this.fact = fact;
    this.findings = findings;
    this.scan = scan;
  }

  void tracked(SensitiveFile file) {
    String path = where.inScope(file.path());
    String message =
        where.repo()
            + ": "
            + file.file()
            + " ("
            + file.kind()
            + ") is tracked"
            + (file.ignored()
                ? ", although the ignore rules cover it now: ignoring never untracks"
                : "");
    String untrack =
        "git rm --cached "
            + RepoEvidence.quote(path)
            + (file.ignored() ? "" : " && echo '/" + path + "' >> .gitignore")
            + " && git commit";
    boolean holdsSecret = scan.pathsWithSecrets().contains(file.path());
    if (file.kind().equals(SecretFileNames.CERTIFICATE)) {
      String why = " (no private key in it: a certificate is public, but keep key material out)";
      warn(
          message + why,
          file,
          "if it is only a public certificate, nothing to do; else " + untrack);
    } else if (file.kind().equals(SecretFileNames.ENV_FILE) && scan.complete() && !holdsSecret) {
      String why =
          ": no secret found in it now or in its history, but the next secret written there"
              + " gets committed";
      warn(
          message + why,
          file,
          "keep secrets out of it (an ignored env file or Docker secrets), or untrack it and"
              + " commit a template instead: "
              + RepoEvidence.inFolder(where.repo(), untrack));
    } else {
      String why = holdsSecret ? " and holds a secret (see sec.git-secrets)" : "";
      result.add(
          findings.fail(
              where.repo(),
              message + why,
              at(file.path()),
              List.of(fact.id()),
              RepoEvidence.inFolder(where.repo(), untrack)
                  + "; if it holds a secret, rotate it: it stays in history"));
    }
  }

  void unignored(String rootPath, String kind) {
    String path = where.inScope(rootPath);
    result.add(
        findings.fail(
            where.repo(),
            where.repo()
                + ": "
                + where.display(rootPath)
                + " ("
                + kind
                + ") is not ignored: the next git add . commits it",
            at(rootPath),
            List.of(fact.id()),
            RepoEvidence.inFolder(where.repo(), "echo '/" + path + "' >> .gitignore")));
  }

  void addAll(List<Finding> more) {
    result.addAll(more);
  }

  List<Finding> result() {
    if (result.isEmpty()) {
      return List.of(
          findings.pass(
              where.repo(),
              where.describe()
                  + ": no secret-looking file tracked or unignored; the ignore rules cover .env,"
                  + " *.env, keys, *.pem, *.p12, SSH keys, acme.json and secrets/",
              fact));
    }
    return List.copyOf(result);
  }

  private void warn(String message, SensitiveFile file, String fix) {
    result.add(
        RepoEvidence.withFix(
            findings,
            Status.WARN,
            where.repo(),
            message,
            at(file.path()),
            List.of(fact.id()),
            fix));
  }

  private Location at(String rootPath) {
    return Location.file(where.display(rootPath));
  }
}
