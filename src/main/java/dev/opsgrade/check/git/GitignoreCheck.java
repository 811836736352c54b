package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.git.IgnoreFindings.ScanVerdict;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.git.GitIgnoreCoverage;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.collect.git.GitSecretFinding;
import dev.opsgrade.collect.git.GitSecretScan;
import dev.opsgrade.collect.git.RepoScope;
import dev.opsgrade.collect.git.SecretFileNames;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * sec.gitignore: secret-looking files under a repo entry's folder are not tracked, the ignore rules
 * cover the usual secret names (probes) and every compose secrets: file that lies in the folder.
 * Compose secret files are judged here, against the rules the git collector recorded, because the
 * git collector cannot see the compose facts; the matcher applies git's own semantics. A tracked
 * env file in which a complete secret scan found no secret is a warning, not a failure.
 */
public final class GitignoreCheck implements Check {

  @Override
  public String id() {
    return "sec.gitignore";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<String> composeSecrets =
        evidence.all(ComposeFile.class).stream()
            .flatMap(f -> f.data().secretFiles().stream())
            .distinct()
            .toList();
    return RepoEvidence.perRepo(
        evidence,
        findings,
        GitIgnoreCoverage.class,
        GitIgnoreCoverage::repo,
        "no ignore rules",
        (repo, fact) -> judge(fact, composeSecrets, scanVerdict(evidence, repo), findings));
  }

  private static List<Finding> judge(
      FactView<GitIgnoreCoverage> fact, List<String> composeSecrets, ScanVerdict scan, Findings f) {
    IgnoreFindings out = new IgnoreFindings(fact, f, scan);
    GitIgnoreCoverage coverage = fact.data();
    RepoScope where = coverage.where();
    for (SensitiveFile file : coverage.sensitiveFiles()) {
      boolean composeSecret = isComposeSecret(where, file.path(), composeSecrets);
      if (file.kind().equals(SecretFileNames.SECRET_NAMED) && !composeSecret) {
        continue;
      }
      if (file.tracked()) {
        out.tracked(file);
      } else if (!file.ignored()) {
        out.unignored(file.path(), file.kind());
      }
    }
    for (String secret : composeSecrets) {
      Optional<String> inside = where.rootPath(secret);
      if (inside.isPresent()
          && coverage.sensitiveFile(inside.get()).isEmpty()
          && !coverage.ignores(inside.get()).ignored()) {
        out.unignored(inside.get(), "compose secrets: file");
      }
    }
    out.addAll(IgnoreProbes.judge(fact, f));
    return out.result();
  }

  private static boolean isComposeSecret(RepoScope where, String path, List<String> secrets) {
    return secrets.stream().anyMatch(s -> where.rootPath(s).filter(path::equals).isPresent());
  }

  /** Which files of the entry hold an unaccepted secret, and whether its scan was complete. */
  private static ScanVerdict scanVerdict(Evidence evidence, String repo) {
    Optional<GitSecretScan> scan =
        evidence.all(GitSecretScan.class).stream()
            .map(FactView::data)
            .filter(s -> s.repo().equals(repo))
            .findFirst();
    if (scan.isEmpty()) {
      return ScanVerdict.NONE;
    }
    Set<String> withSecrets =
        evidence.all(GitSecretFinding.class).stream()
            .map(FactView::data)
            .filter(s -> s.repo().equals(repo) && !s.accepted())
            .map(GitSecretFinding::pathInRepo)
            .collect(Collectors.toSet());
    return new ScanVerdict(
        scan.get().complete() && scan.get().findingsNotRecorded() == 0, withSecrets);
  }
}
