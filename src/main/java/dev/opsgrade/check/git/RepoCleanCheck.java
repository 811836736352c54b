package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitRepoState;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.ArrayList;
import java.util.List;

/** chg.repo-clean: no uncommitted (modified, staged, untracked) work in a config repository. */
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
    GitRepoState.Changes changes = fact.data().changes();
    if (changes.total() == 0) {
      return findings.pass(repo, repo + ": working tree clean", fact);
    }
    List<String> parts = new ArrayList<>();
    describe(parts, changes.modified(), "modified", changes.modifiedPaths());
    describe(parts, changes.staged(), "staged", changes.stagedPaths());
    describe(parts, changes.untracked(), "untracked", changes.untrackedPaths());
    describe(parts, changes.conflicting(), "conflicting", changes.conflictingPaths());
    String message = repo + ": uncommitted changes: " + String.join("; ", parts);
    String fix =
        RepoEvidence.cd(repo)
            + " && git status && git add -A && git commit -m '...' (or discard with git restore"
            + " <path> / git clean -n to see what would go)";
    return findings.fail(repo, message, Location.file(repo), List.of(fact.id()), fix);
  }

  private static void describe(List<String> parts, int count, String kind, List<String> paths) {
    if (count > 0) {
      String more = count > paths.size() ? ", ..." : "";
      parts.add(count + " " + kind + " (" + String.join(", ", paths) + more + ")");
    }
  }
}
