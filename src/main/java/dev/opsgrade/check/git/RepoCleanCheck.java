package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitRepoState;
import dev.opsgrade.collect.git.RepoScope;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * chg.repo-clean: no uncommitted (modified, staged, untracked) work under a repo entry's folder
 * (the whole repository, or the folder inside it the inventory names).
 */
public final class RepoCleanCheck implements Check {

  @Override
  public String id() {
    return "chg.repo-clean";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return RepoEvidence.perRepo(
        evidence,
        findings,
        GitRepoState.class,
        GitRepoState::repo,
        "no git status",
        (repo, fact) -> List.of(judge(repo, fact, findings)));
  }

  private static Finding judge(String repo, FactView<GitRepoState> fact, Findings findings) {
    RepoScope where = fact.data().where();
    GitRepoState.Changes changes = fact.data().changes();
    if (fact.data().trackedFiles() == 0 && changes.total() == 0) {
      String message =
          where.describe()
              + ": no file in it is tracked: the folder is ignored by the repository (or empty),"
              + " so nothing in it is under version control";
      String fix =
          RepoEvidence.inFolder(repo, "git check-ignore -v .")
              + " names the rule that ignores it; remove that rule and git add -- ., or make the"
              + " folder a repository of its own (git init)";
      return findings.fail(repo, message, Location.file(repo), List.of(fact.id()), fix);
    }
    if (changes.total() == 0) {
      return findings.pass(repo, where.describe() + ": working tree clean", fact);
    }
    List<String> parts = new ArrayList<>();
    describe(parts, changes.modified(), "modified", changes.modifiedPaths());
    describe(parts, changes.staged(), "staged", changes.stagedPaths());
    describe(parts, changes.untracked(), "untracked", changes.untrackedPaths());
    describe(parts, changes.conflicting(), "conflicting", changes.conflictingPaths());
    String message = where.describe() + ": uncommitted changes: " + String.join("; ", parts);
    // "-- ." keeps add and clean to the entry's folder: git add -A alone takes the whole tree.
    String fix =
        RepoEvidence.inFolder(repo, "git status -- . && git add -A -- . && git commit -m '<why>'")
            + " (or discard: git restore -- <path>; git clean -n -- . lists what would go)";
    return findings.fail(repo, message, Location.file(repo), List.of(fact.id()), fix);
  }

  private static void describe(List<String> parts, int count, String kind, List<String> paths) {
    if (count > 0) {
      String more = count > paths.size() ? ", ..." : "";
      parts.add(count + " " + kind + " (" + String.join(", ", paths) + more + ")");
    }
  }
}
