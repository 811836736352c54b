package dev.opsgrade.collect.git;

import java.io.IOException;
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
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Every blob reachable from any ref (branches, tags, remote-tracking branches, stash, HEAD), each
 * offered once, with the path and the commit that first brought it in. Commits are walked oldest
 * first; each is compared with its first parent, so unchanged subtrees are skipped by id and only
 * what a commit changed is looked at.
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
  private long commits;
  private long revisits;

  HistoryBlobs(Repository repository) {
    this.repository = repository;
    this.reader = repository.newObjectReader();
  }

  long commits() {
    return commits;
  }

  long revisits() {
    return revisits;
  }

  /** The blob's bytes, opened once; empty when it is larger than the scan reads. */
  Optional<byte[]> read(ObjectId blob) throws IOException {
    ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
    if (loader.isLarge() || loader.getSize() > MAX_BLOB_BYTES) {
      return Optional.empty();
    }
    return Optional.of(loader.getCachedBytes(MAX_BLOB_BYTES));
  }

  void forEachNewBlob(Set<ObjectId> seen, Visitor visitor) throws IOException {
    try (RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      markRefs(walk);
      for (RevCommit commit : walk) {
        commits++;
        if (!visitChanges(walk, commit, seen, visitor)) {
          return;
        }
      }
    }
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
      tree.setFilter(TreeFilter.ANY_DIFF);
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
