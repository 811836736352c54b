package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One repo entry's state as git status and its upstream show it. {@code repo} is the path as the
 * inventory writes it; {@code root} the repository's work tree as seen from the inventory's folder
 * and {@code scope} the entry's folder inside it ("." for the whole repository): see {@link
 * RepoScope}. Changes are those under the scope only ({@code git status -- <scope>}), their paths
 * relative to the inventory's folder, and {@code trackedFiles} counts the index entries under it
 * (0: the folder is ignored, or was never added); branch, upstream and ahead/behind are the
 * repository's. Ahead/behind compare with the remote-tracking branch as of the last fetch (opsgrade
 * never fetches: it is read-only). Path lists are capped; the counts are not.
 */
@FactKind("git.repo")
public record GitRepoState(
    String repo,
    String root,
    String scope,
    Optional<String> branch,
    boolean detached,
    Optional<String> headCommit,
    Optional<Instant> lastCommitDate,
    Optional<String> upstream,
    boolean upstreamFound,
    Optional<Integer> ahead,
    Optional<Integer> behind,
    int trackedFiles,
    Changes changes) {

  public static final int PATHS_KEPT = 20;

  public RepoScope where() {
    return new RepoScope(repo, root, scope);
  }

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
