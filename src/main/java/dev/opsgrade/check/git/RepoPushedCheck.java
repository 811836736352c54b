package dev.opsgrade.check.git;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.git.GitRepoState;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;

/**
 * chg.repo-pushed: the current branch of the repository holding a repo entry has an upstream and no
 * commits that are not on it (as of the last fetch: opsgrade does not fetch).
 */
public final class RepoPushedCheck implements Check {

  @Override
  public String id() {
    return "chg.repo-pushed";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return RepoEvidence.perRepo(
        evidence,
        findings,
        GitRepoState.class,
        GitRepoState::repo,
        "no upstream comparison",
        (repo, fact) -> List.of(judge(repo, fact, findings)));
  }

  private static Finding judge(String repo, FactView<GitRepoState> fact, Findings findings) {
    GitRepoState state = fact.data();
    List<String> ev = List.of(fact.id());
    Location here = Location.file(repo);
    String who = state.where().whole() ? repo : repo + " (repository at " + state.root() + ")";
    if (state.headCommit().isEmpty()) {
      String fix = "git add -A && git commit && git push -u origin HEAD";
      return findings.fail(repo, who + ": no commit yet", here, ev, in(repo, fix));
    }
    if (state.detached()) {
      String message =
          who
              + ": HEAD is detached at "
              + state.headCommit().get().substring(0, 12)
              + ": no branch to compare with an upstream";
      String fix = "git switch <branch> (git branch <name> first to keep commits made here)";
      return RepoEvidence.withFix(findings, Status.WARN, repo, message, here, ev, in(repo, fix));
    }
    String branch = state.branch().orElseThrow();
    if (state.upstream().isEmpty()) {
      String message = who + ": branch " + branch + " has no upstream";
      return findings.fail(repo, message, here, ev, in(repo, "git push -u origin " + branch));
    }
    String upstream = state.upstream().get();
    if (!state.upstreamFound()) {
      String message =
          who
              + ": upstream "
              + upstream
              + " of "
              + branch
              + " does not exist locally (never pushed, or not fetched)";
      String fix = "git fetch && git push -u origin " + branch;
      return findings.fail(repo, message, here, ev, in(repo, fix));
    }
    int ahead = state.ahead().orElse(0);
    int behind = state.behind().orElse(0);
    if (ahead > 0) {
      String message =
          who
              + ": "
              + ahead
              + " commit(s) on "
              + branch
              + " not pushed to "
              + upstream
              + (behind > 0 ? " (and " + behind + " behind: diverged)" : "");
      String fix = (behind > 0 ? "git pull --rebase && " : "") + "git push";
      return findings.fail(repo, message, here, ev, in(repo, fix));
    }
    String note = behind > 0 ? " (" + behind + " commit(s) behind: git pull)" : "";
    return findings.pass(repo, who + ": " + branch + " pushed to " + upstream + note, fact);
  }

  private static String in(String repo, String command) {
    return RepoEvidence.inFolder(repo, command);
  }
}
