package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One repository's state as git status and its upstream show it. {@code repo} is the path as the
 * inventory writes it. Ahead/behind compare with the remote-tracking branch as of the last fetch
 * (opsgrade never fetches: it is read-only). Path lists are capped; the counts are not.
 */
@FactKind("git.repo")
public record GitRepoState(
    String repo,
    Optional<String> branch,
    boolean detached,
    Optional<String> headCommit,
    Optional<Instant> lastCommitDate,
    Optional<String> upstream,
    boolean upstreamFound,
    Optional<Integer> ahead,
    Optional<Integer> behind,
    Changes changes) {

  public static final int PATHS_KEPT = 20;

  /** Uncommitted work: counts, and the first {@link #PATHS_KEPT} paths of each kind. */
  public record Changes(
      int modified,
      int staged,
      int untracked,
      int conflicting,
      List<String> modifiedPaths,
      List<String> stagedPaths,
      List<String> untrackedPaths,
      List<String> conflictingPaths) {

    public int total() {
      return modified + staged + untracked + conflicting;
    }
  }
}
