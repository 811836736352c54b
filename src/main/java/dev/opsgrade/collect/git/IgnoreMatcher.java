package dev.opsgrade.collect.git;

import dev.opsgrade.collect.git.GitIgnoreCoverage.IgnoreRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * Git's ignore semantics over recorded rules, without touching a file system. Per pattern, JGit's
 * own FastIgnoreRule matches; around it, git's precedence: a path inside an ignored folder is
 * ignored whatever comes later; the deepest .gitignore that matches decides, then
 * .git/info/exclude, then core.excludesFile; within one file the last matching line wins, and a
 * negated ("!") line re-includes.
 */
public final class IgnoreMatcher {
  private final Map<String, List<Compiled>> repositoryRules = new LinkedHashMap<>();
  private final List<Compiled> localRules = new ArrayList<>();
  private final List<Compiled> globalRules = new ArrayList<>();

  /** Ignored or not, and by which rule (none when no rule matches). */
  public record Verdict(boolean ignored, Optional<IgnoreRule> decidedBy) {}

  private record Compiled(IgnoreRule rule, FastIgnoreRule matcher) {}

  public IgnoreMatcher(List<IgnoreRule> rules) {
    for (IgnoreRule rule : rules) {
      FastIgnoreRule matcher = new FastIgnoreRule(rule.pattern());
      if (matcher.isEmpty()) {
        continue;
      }
      Compiled compiled = new Compiled(rule, matcher);
      switch (rule.scope()) {
        case REPOSITORY ->
            repositoryRules.computeIfAbsent(rule.baseDir(), k -> new ArrayList<>()).add(compiled);
        case LOCAL -> localRules.add(compiled);
        case GLOBAL -> globalRules.add(compiled);
      }
    }
  }

  public Verdict verdict(String path, boolean directory) {
    String[] segments = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < segments.length - 1; i++) {
      prefix.append(i == 0 ? "" : "/").append(segments[i]);
      Verdict parent = decide(prefix.toString(), true);
      if (parent.ignored()) {
        return parent;
      }
    }
    return decide(path, directory);
  }

  private Verdict decide(String path, boolean directory) {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    while (true) {
      List<Compiled> rules = repositoryRules.getOrDefault(folder, List.of());
      String relative = folder.isEmpty() ? path : path.substring(folder.length() + 1);
      Optional<Verdict> verdict = lastMatch(rules, relative, directory);
      if (verdict.isPresent()) {
        return verdict.get();
      }
      if (folder.isEmpty()) {
        break;
      }
      int up = folder.lastIndexOf('/');
      folder = up < 0 ? "" : folder.substring(0, up);
    }
    return lastMatch(localRules, path, directory)
        .or(() -> lastMatch(globalRules, path, directory))
        .orElse(new Verdict(false, Optional.empty()));
  }

  private static Optional<Verdict> lastMatch(
      List<Compiled> rules, String relative, boolean directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Compiled rule = rules.get(i);
      if (rule.matcher().isMatch(relative, directory, true)) {
        return Optional.of(new Verdict(rule.matcher().getResult(), Optional.of(rule.rule())));
      }
    }
    return Optional.empty();
  }
}
