package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitIgnoreCoverage;
import dev.opsgrade.collect.git.GitIgnoreCoverage.IgnoreRule;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Probe;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Scope;
import dev.opsgrade.collect.git.RepoPaths;
import dev.opsgrade.collect.git.RepoScope;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sec.gitignore on the probe names: those the rules leave uncovered (FAIL), and those covered only
 * by rules outside the repository, which other clones lack (WARN). Fixes append to the .gitignore
 * of the entry's folder, which covers everything under it.
 */
final class IgnoreProbes {
  /** The pattern that covers each probe name, as the fix should add it. */
  private static final Map<String, String> PATTERNS =
      Map.of(
          ".env", ".env",
          "x.env", "*.env",
          "server.key", "*.key",
          "cert.pem", "*.pem",
          "cert.p12", "*.p12",
          "id_rsa", "id_rsa*",
          "id_ed25519", "id_ed25519*",
          "acme.json", "acme.json",
          "secrets/x", "secrets/");

  private IgnoreProbes() {}

  static List<Finding> judge(FactView<GitIgnoreCoverage> fact, Findings findings) {
    RepoScope where = fact.data().where();
    List<String> uncovered = new ArrayList<>();
    List<String> uncoveredPatterns = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    List<String> outsidePatterns = new ArrayList<>();
    for (Probe probe : fact.data().probes()) {
      String shown = where.display(probe.path());
      String pattern = PATTERNS.getOrDefault(name(probe.path()), name(probe.path()));
      if (!probe.verdict().ignored()) {
        uncovered.add(
            shown + probe.verdict().decidedBy().map(r -> reIncluded(where, r)).orElse(""));
        addOnce(uncoveredPatterns, pattern);
      } else if (probe
          .verdict()
          .decidedBy()
          .map(r -> r.scope() != Scope.REPOSITORY)
          .orElse(false)) {
        outside.add(shown + " (" + probe.verdict().decidedBy().get().source() + ")");
        addOnce(outsidePatterns, pattern);
      }
    }
    List<Finding> result = new ArrayList<>();
    String repo = where.repo();
    Location gitignore = Location.file(RepoPaths.join(repo, ".gitignore"));
    List<String> ev = List.of(fact.id());
    if (!uncovered.isEmpty()) {
      String message = repo + ": ignore rules do not cover " + String.join(", ", uncovered);
      String fix =
          append(where, uncoveredPatterns) + " (and remove any ! rule that re-includes them)";
      result.add(findings.fail(repo, message, gitignore, ev, fix));
    }
    if (!outside.isEmpty()) {
      String message =
          repo
              + ": ignored only outside the repository, not in other clones: "
              + String.join(", ", outside);
      result.add(
          RepoEvidence.withFix(
              findings, Status.WARN, repo, message, gitignore, ev, append(where, outsidePatterns)));
    }
    return result;
  }

  private static String name(String path) {
    return path.contains("/secrets/") || path.startsWith("secrets/")
        ? "secrets/x"
        : path.substring(path.lastIndexOf('/') + 1);
  }

  private static String reIncluded(RepoScope where, IgnoreRule rule) {
    String source = rule.scope() == Scope.REPOSITORY ? where.display(rule.source()) : rule.source();
    return " (re-included by " + source + ":" + rule.line() + ": " + rule.pattern() + ")";
  }

  private static void addOnce(List<String> patterns, String pattern) {
    if (!patterns.contains(pattern)) {
      patterns.add(pattern);
    }
  }

  private static String append(RepoScope where, List<String> patterns) {
    return RepoEvidence.inFolder(
        where.repo(),
        "printf '%s\\n' "
            + String.join(" ", patterns.stream().map(p -> "'" + p + "'").toList())
            + " >> .gitignore");
  }
}
