package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.git.GitIgnoreCoverage;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.collect.git.IgnoreMatcher.Verdict;
import dev.opsgrade.collect.git.RepoPaths;
import dev.opsgrade.collect.git.SecretFileNames;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * sec.gitignore: secret-looking files are not tracked, the ignore rules cover the usual secret
 * names (probes) and every compose secrets: file that lies in the repository. Compose secret files
 * are judged here, against the rules the git collector recorded, because the git collector cannot
 * see the compose facts; the matcher applies git's own semantics.
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
        (repo, fact) -> judge(repo, fact, composeSecrets, findings));
  }

  private static List<Finding> judge(
      String repo, FactView<GitIgnoreCoverage> fact, List<String> composeSecrets, Findings f) {
    IgnoreFindings out = new IgnoreFindings(repo, fact, f);
    GitIgnoreCoverage coverage = fact.data();
    for (SensitiveFile file : coverage.sensitiveFiles()) {
      boolean composeSecret = isComposeSecret(repo, file.path(), composeSecrets);
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
      Optional<String> inside = RepoPaths.inside(repo, secret);
      if (inside.isPresent() && coverage.sensitiveFile(inside.get()).isEmpty()) {
        Verdict verdict = coverage.ignores(inside.get());
        if (!verdict.ignored()) {
          out.unignored(inside.get(), "compose secrets: file");
        }
      }
    }
    out.probes(coverage.probes());
    return out.result();
  }

  private static boolean isComposeSecret(String repo, String path, List<String> composeSecrets) {
    return composeSecrets.stream()
        .anyMatch(s -> RepoPaths.inside(repo, s).filter(path::equals).isPresent());
  }
}
