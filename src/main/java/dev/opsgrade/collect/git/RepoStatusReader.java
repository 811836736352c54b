package dev.opsgrade.collect.git;

import dev.opsgrade.collect.git.GitRepoState.Changes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads branch, upstream and ahead/behind of one repository, and the uncommitted changes under one
 * repo entry's folder, as {@code git status -- <folder>} shows them.
 */
final class RepoStatusReader {
  private RepoStatusReader() {}

  static GitRepoState read(RepoScope where, Git git) throws IOException, GitAPIException {
    Repository repository = git.getRepository();
    String fullBranch = repository.getFullBranch();
    boolean onBranch = fullBranch != null && fullBranch.startsWith(Constants.R_HEADS);
    Optional<String> branch = onBranch ? Optional.of(repository.getBranch()) : Optional.empty();
    ObjectId head = repository.resolve(Constants.HEAD);
    Optional<RevCommit> headCommit = Optional.empty();
    if (head != null) {
      try (RevWalk walk = new RevWalk(repository)) {
        headCommit = Optional.of(walk.parseCommit(head));
      }
    }
    Optional<String> trackingRef =
        branch.map(b -> new BranchConfig(repository.getConfig(), b).getTrackingBranch());
    boolean upstreamFound =
        trackingRef.isPresent() && repository.exactRef(trackingRef.get()) != null;
    BranchTrackingStatus tracking =
        upstreamFound ? BranchTrackingStatus.of(repository, branch.get()) : null;
    StatusCommand status = git.status();
    if (!where.whole()) {
      status.addPath(where.scope());
    }
    return new GitRepoState(
        where.repo(),
        where.root(),
        where.scope(),
        branch,
        !onBranch,
        headCommit.map(RevCommit::getName),
        headCommit.map(c -> c.getCommitterIdent().getWhenAsInstant()),
        trackingRef.map(Repository::shortenRefName),
        upstreamFound,
        Optional.ofNullable(tracking).map(BranchTrackingStatus::getAheadCount),
        Optional.ofNullable(tracking).map(BranchTrackingStatus::getBehindCount),
        repository.readDirCache().getEntriesWithin(where.whole() ? "" : where.scope()).length,
        changes(status.call(), where));
  }

  private static Changes changes(Status status, RepoScope where) {
    Set<String> modified = new TreeSet<>(status.getModified());
    modified.addAll(status.getMissing());
    Set<String> staged = new TreeSet<>(status.getAdded());
    staged.addAll(status.getChanged());
    staged.addAll(status.getRemoved());
    Set<String> untracked = new TreeSet<>(status.getUntracked());
    Set<String> conflicting = new TreeSet<>(status.getConflicting());
    return new Changes(
        modified.size(),
        staged.size(),
        untracked.size(),
        conflicting.size(),
        first(modified, where),
        first(staged, where),
        first(untracked, where),
        first(conflicting, where));
  }

  private static List<String> first(Set<String> paths, RepoScope where) {
    return paths.stream().limit(GitRepoState.PATHS_KEPT).map(where::display).toList();
  }
}
