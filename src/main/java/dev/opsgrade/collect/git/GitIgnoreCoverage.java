package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * How a repository's ignore rules cover secret-looking files under one repo entry's folder (see
 * {@link RepoScope} for {@code repo}, {@code root}, {@code scope}): every rule that applies there
 * with its source (so a check can judge paths the collector never saw, such as compose secret
 * files, with {@link #ignores}), the verdict for a fixed list of probe names, and the
 * secret-looking files that exist under the folder, tracked or not. Rule sources, probe paths and
 * {@code SensitiveFile.path} are relative to the repository's root, as git matches them; {@link
 * RepoScope#display} and {@code SensitiveFile.file} give the path from the inventory's folder.
 */
@FactKind("git.ignore")
public record GitIgnoreCoverage(
    String repo,
    String root,
    String scope,
    List<IgnoreRule> rules,
    List<Probe> probes,
    List<SensitiveFile> sensitiveFiles) {

  public RepoScope where() {
    return new RepoScope(repo, root, scope);
  }

  /** REPOSITORY: a committed .gitignore; LOCAL: .git/info/exclude; GLOBAL: core.excludesFile. */
  public enum Scope {
    REPOSITORY,
    LOCAL,
    GLOBAL
  }

  /**
   * One line of an ignore file; {@code baseDir} is the folder of the .gitignore ("" at the root).
   */
  public record IgnoreRule(String source, Scope scope, String baseDir, int line, String pattern) {
    public String display() {
      return source + ":" + line + ": " + pattern;
    }
  }

  public record Probe(String path, IgnoreMatcher.Verdict verdict) {}

  /**
   * A file whose name says it may hold a secret; {@code kind} says why (see SecretFileNames);
   * {@code path} from the repository's root, {@code file} from the inventory's folder.
   */
  public record SensitiveFile(
      String path, String file, String kind, boolean tracked, boolean ignored) {}

  /** Whether git would ignore this repository-relative path, with the rule that decides. */
  public IgnoreMatcher.Verdict ignores(String path) {
    return new IgnoreMatcher(rules).verdict(path, false);
  }

  public Optional<SensitiveFile> sensitiveFile(String path) {
    return sensitiveFiles.stream().filter(f -> f.path().equals(path)).findFirst();
  }
}
