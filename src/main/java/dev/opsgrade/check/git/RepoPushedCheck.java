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
 * chg.repo-pushed: the current branch has an upstream and no commits that are not on it (as of the
 * last fetch: opsgrade does not fetch).
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
    if (state.headCommit().isEmpty()) {
      return findings.fail(repo, repo + ": no commit yet", here, ev, "commit, then git push -u");
    }
    if (state.detached()) {
      return findings.about(
          Status.WARN,
          repo,
          repo
              + ": HEAD is detached at "
              + state.headCommit().get().substring(0, 12)
              + ": no branch to compare with an upstream",
          fact);
    }
    String branch = state.branch().orElseThrow();
    if (state.upstream().isEmpty()) {
      return findings.fail(
          repo,
          repo + ": branch " + branch + " has no upstream",
          here,
          ev,
          RepoEvidence.cd(repo) + " && git push -u origin " + branch);
    }
    String upstream = state.upstream().get();
    if (!state.upstreamFound()) {
      return findings.fail(
          repo,
          repo
              + ": upstream "
              + upstream
              + " of "
              + branch
              + " does not exist locally"
              + " (never pushed, or not fetched)",
          here,
          ev,
          RepoEvidence.cd(repo) + " && git fetch && git push -u origin " + branch);
    }
    int ahead = state.ahead().orElse(0);
    int behind = state.behind().orElse(0);
    if (ahead > 0) {
      return findings.fail(
          repo,
          repo
              + ": "
              + ahead
              + " commit(s) on "
              + branch
              + " not pushed to "
              + upstream
              + (behind > 0 ? " (and " + behind + " behind: diverged)" : ""),
          here,
          ev,
          RepoEvidence.cd(repo) + (behind > 0 ? " && git pull --rebase" : "") + " && git push");
    }
    String note = behind > 0 ? " (" + behind + " commit(s) behind: git pull)" : "";
    return findings.pass(repo, repo + ": " + branch + " pushed to " + upstream + note, fact);
  }
}
