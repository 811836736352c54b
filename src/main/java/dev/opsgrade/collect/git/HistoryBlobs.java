package dev.opsgrade.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Every blob reachable from any ref (branches, tags, remote-tracking branches, stash, HEAD) at a
 * path under the scope, each offered once, with the path and the commit that first brought it in.
 * Commits are walked oldest first; each is compared with its first parent, so unchanged subtrees
 * (and, for a scope, every other folder) are skipped by id and only what a commit changed is looked
 * at. When the deadline passes the walk stops; {@link #lastScanned} is the last commit all of whose
 * changes were offered.
 */
final class HistoryBlobs implements AutoCloseable {
  private static final int MAX_BLOB_BYTES = RepositorySecretScan.MAX_BLOB_BYTES;

  interface Visitor {
    /**
     * Called for each blob a commit brings in; {@code first} is false when the blob was offered
     * before (at another path or commit) and must not be read again. Returns false to stop.
     */
    boolean visit(ObjectId blob, String path, RevCommit commit, boolean first) throws IOException;
  }

  private final Repository repository;
  private final ObjectReader reader;
  private final TreeFilter changes;
  private final Deadline deadline;
  private long commits;
  private long commitsTotal;
  private long revisits;
  private Optional<RevCommit> lastScanned = Optional.empty();

  HistoryBlobs(Repository repository, RepoScope where, Deadline deadline) {
    this.repository = repository;
    this.reader = repository.newObjectReader();
    this.changes =
        where.whole()
            ? TreeFilter.ANY_DIFF
            : AndTreeFilter.create(PathFilter.create(where.scope()), TreeFilter.ANY_DIFF);
    this.deadline = deadline;
  }

  /** Commits whose changes were all offered. */
  long commits() {
    return commits;
  }

  /** Commits reachable from the refs (0 when the deadline passed while listing them). */
  long commitsTotal() {
    return commitsTotal;
  }

  long revisits() {
    return revisits;
  }

  Optional<RevCommit> lastScanned() {
    return lastScanned;
  }

  /** The blob's bytes, opened once; empty when it is larger than the scan reads. */
  Optional<byte[]> read(ObjectId blob) throws IOException {
    ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
    if (loader.isLarge() || loader.getSize() > MAX_BLOB_BYTES) {
      return Optional.empty();
    }
    return Optional.of(loader.getCachedBytes(MAX_BLOB_BYTES));
  }

  /** Returns false when it stopped early (the deadline, or the visitor). */
  boolean forEachNewBlob(Set<ObjectId> seen, Visitor visitor) throws IOException {
    try (RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      markRefs(walk);
      List<RevCommit> oldestFirst = new ArrayList<>();
      for (RevCommit commit : walk) {
        oldestFirst.add(commit);
      }
      commitsTotal = oldestFirst.size();
      for (RevCommit commit : oldestFirst) {
        if (deadline.passed() || !visitChanges(walk, commit, seen, visitor)) {
          return false;
        }
        commits++;
        lastScanned = Optional.of(commit);
      }
    }
    return true;
  }

  private void markRefs(RevWalk walk) throws IOException {
    for (Ref ref : repository.getRefDatabase().getRefs()) {
      ObjectId id = ref.getObjectId();
      if (id == null) {
        continue;
      }
      RevObject target = walk.peel(walk.parseAny(id));
      if (target instanceof RevCommit commit) {
        walk.markStart(commit);
      }
    }
  }

  private boolean visitChanges(RevWalk walk, RevCommit commit, Set<ObjectId> seen, Visitor visitor)
      throws IOException {
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      if (commit.getParentCount() > 0) {
        tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
      } else {
        tree.addTree(new EmptyTreeIterator());
      }
      tree.addTree(commit.getTree());
      tree.setFilter(changes);
      while (tree.next()) {
        FileMode mode = tree.getFileMode(1);
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
          continue;
        }
        ObjectId blob = tree.getObjectId(1);
        boolean first = seen.add(blob);
        if (!first) {
          revisits++;
        }
        if (!visitor.visit(blob, tree.getPathString(), commit, first)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void close() {
    reader.close();
  }
}
