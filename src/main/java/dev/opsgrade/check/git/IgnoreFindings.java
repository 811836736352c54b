package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitIgnoreCoverage;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Probe;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Scope;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.collect.git.RepoPaths;
import dev.opsgrade.collect.git.SecretFileNames;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The findings of sec.gitignore for one repository, each with the command that fixes it. */
final class IgnoreFindings {
  /** The pattern that covers each probe name, as the fix should add it. */
  private static final Map<String, String> PATTERNS =
      Map.of(
          ".env",
          ".env",
          "x.env",
          "*.env",
          "server.key",
          "*.key",
          "cert.pem",
          "*.pem",
          "cert.p12",
          "*.p12",
          "id_rsa",
          "id_rsa*",
          "id_ed25519",
          "id_ed25519*",
          "acme.json",
          "acme.json",
          "secrets/x",
          "secrets/");

  private final String repo;
  private final FactView<GitIgnoreCoverage> fact;
  private final Findings findings;
  private final List<Finding> result = new ArrayList<>();

  IgnoreFindings(String repo, FactView<GitIgnoreCoverage> fact, Findings findings) {
    this.repo = repo;
    this.fact = fact;
    this.findings = findings;
  }

  void tracked(SensitiveFile file) {
    String message =
        repo
            + ": "
            + file.path()
            + " ("
            + file.kind()
            + ") is tracked"
            + (file.ignored()
                ? ", although the ignore rules cover it now: ignoring never untracks"
                : "");
    String fix =
        RepoEvidence.cd(repo)
            + " && git rm --cached '"
            + file.path()
            + "'"
            + (file.ignored() ? "" : " && echo '/" + file.path() + "' >> .gitignore")
            + " && git commit; if it holds a secret, rotate it: it stays in history";
    if (file.kind().equals(SecretFileNames.CERTIFICATE)) {
      result.add(
          findings.of(
              Status.WARN,
              repo,
              message
                  + " (no private key in it: a certificate is"
                  + " public, but keep key material out of git)",
              java.util.Optional.of(at(file.path())),
              List.of(fact.id())));
      return;
    }
    result.add(findings.fail(repo, message, at(file.path()), List.of(fact.id()), fix));
  }

  void unignored(String path, String kind) {
    result.add(
        findings.fail(
            repo,
            repo + ": " + path + " (" + kind + ") is not ignored: the next git add . commits it",
            at(path),
            List.of(fact.id()),
            RepoEvidence.cd(repo) + " && echo '/" + path + "' >> .gitignore"));
  }

  void probes(List<Probe> probes) {
    List<String> uncovered = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (Probe probe : probes) {
      String name =
          probe.path().contains("/secrets/") || probe.path().startsWith("secrets/")
              ? "secrets/x"
              : probe.path().substring(probe.path().lastIndexOf('/') + 1);
      if (!probe.verdict().ignored()) {
        uncovered.add(
            probe.path()
                + probe
                    .verdict()
                    .decidedBy()
                    .map(r -> " (re-included by " + r.display() + ")")
                    .orElse(""));
        String pattern = PATTERNS.getOrDefault(name, name);
        if (!patterns.contains(pattern)) {
          patterns.add(pattern);
        }
      } else if (probe
          .verdict()
          .decidedBy()
          .map(r -> r.scope() != Scope.REPOSITORY)
          .orElse(false)) {
        outside.add(probe.path() + " (" + probe.verdict().decidedBy().get().source() + ")");
      }
    }
    if (!uncovered.isEmpty()) {
      result.add(
          findings.fail(
              repo,
              repo + ": ignore rules do not cover " + String.join(", ", uncovered),
              at(".gitignore"),
              List.of(fact.id()),
              RepoEvidence.cd(repo)
                  + " && printf '%s\\n' "
                  + String.join(" ", patterns.stream().map(p -> "'" + p + "'").toList())
                  + " >> .gitignore (and remove any ! rule that re-includes them)"));
    }
    if (!outside.isEmpty()) {
      result.add(
          findings.of(
              Status.WARN,
              repo,
              repo
                  + ": ignored only outside the repository,"
                  + " not in other clones: "
                  + String.join(", ", outside),
              java.util.Optional.of(at(".gitignore")),
              List.of(fact.id())));
    }
  }

  List<Finding> result() {
    if (result.isEmpty()) {
      return List.of(
          findings.pass(
              repo,
              repo
                  + ": no secret-looking file tracked or unignored;"
                  + " .gitignore covers .env, *.env, keys, *.pem, *.p12, SSH keys, acme.json and secrets/",
              fact));
    }
    return List.copyOf(result);
  }

  private Location at(String path) {
    return Location.file(RepoPaths.join(repo, path));
  }
}
