package dev.opsgrade.check.git;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitCollector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-repository frame the four git checks share: each repository of the inventory gets its
 * fact judged, or an UNVERIFIED finding that says why there is none (not a repository, unreadable,
 * collector not run).
 */
final class RepoEvidence {
  private RepoEvidence() {}

  interface Judge<T> {
    List<Finding> judge(String repo, FactView<T> fact);
  }

  static <T> List<Finding> perRepo(
      Evidence evidence,
      Findings findings,
      Class<T> type,
      Function<T, String> repoOf,
      String what,
      Judge<T> judge) {
    List<String> repos = evidence.inventory().repos();
    if (repos.isEmpty()) {
      return List.of(
          findings.notApplicable(evidence.inventory().name(), "no repositories in the inventory"));
    }
    List<Finding> result = new ArrayList<>();
    List<FactView<T>> facts = evidence.all(type);
    for (String repo : repos) {
      Optional<FactView<T>> fact =
          facts.stream().filter(f -> repoOf.apply(f.data()).equals(repo)).findFirst();
      if (fact.isPresent()) {
        result.addAll(judge.judge(repo, fact.get()));
      } else {
        result.add(findings.unverified(repo, missing(evidence, repo, what)));
      }
    }
    return result;
  }

  /**
   * A fix command run from the inventory's folder in {@code folder}: "cd <folder> && command", the
   * folder quoted for the shell when it needs it; just the command when the folder is ".".
   */
  static String inFolder(String folder, String command) {
    if (folder.equals(".")) {
      return command;
    }
    return "cd " + quote(folder) + " && " + command;
  }

  /** A path or word quoted for the shell when it needs it. */
  static String quote(String word) {
    return word.matches("[A-Za-z0-9._/+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** Half credit (or none, for UNVERIFIED), with a fix as specific as a failure's. */
  static Finding withFix(
      Findings findings,
      Status status,
      String subject,
      String message,
      Location location,
      List<String> evidence,
      String fix) {
    return findings.fail(subject, message, location, evidence, fix).withStatus(status, message);
  }

  private static String missing(Evidence evidence, String repo, String what) {
    Optional<CollectorRun> run = evidence.run(GitCollector.NAME, repo);
    if (run.isPresent() && !run.get().succeeded()) {
      return what + " for " + repo + ": " + run.get().detail();
    }
    if (evidence.runs(GitCollector.NAME).isEmpty()) {
      return what + " for " + repo + ": the git collector did not run";
    }
    return what + " for " + repo;
  }
}
