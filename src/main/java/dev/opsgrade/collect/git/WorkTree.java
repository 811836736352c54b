package dev.opsgrade.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One walk of the working tree with git's own ignore decisions (JGit's FileTreeIterator, which
 * reads nested .gitignore files, .git/info/exclude and core.excludesFile): the files in the current
 * tree (tracked, or untracked and not ignored), the .gitignore files, and the secret-looking files
 * found, ignored or not. Ignored folders are not entered unless the index tracks files in them.
 */
final class WorkTree {

  record Listing(List<String> files, List<String> gitignores, List<Found> secretLooking) {}

  /** A secret-looking file on disk, as git's ignore rules judge it. */
  record Found(String path, String kind, boolean ignored, boolean tracked) {}

  private WorkTree() {}

  static Listing list(Repository repository) throws IOException {
    List<String> files = new ArrayList<>();
    List<String> gitignores = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      FileTreeIterator disk = new FileTreeIterator(repository);
      walk.addTree(disk);
      walk.addTree(new DirCacheIterator(repository.readDirCache()));
      disk.setDirCacheIterator(walk, 1);
      walk.setRecursive(false);
      while (walk.next()) {
        FileTreeIterator file = walk.getTree(0, FileTreeIterator.class);
        boolean tracked = walk.getTree(1, DirCacheIterator.class) != null;
        if (file == null) {
          continue;
        }
        boolean ignored = file.isEntryIgnored();
        String path = walk.getPathString();
        FileMode mode = walk.getFileMode(0);
        if (walk.isSubtree()) {
          if (!ignored || tracked) {
            walk.enterSubtree();
          }
          continue;
        }
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
          continue;
        }
        if (path.equals(".gitignore") || path.endsWith("/.gitignore")) {
          gitignores.add(path);
        }
        SecretFileNames.kindOf(path)
            .ifPresent(k -> found.add(new Found(path, k, ignored, tracked)));
        if (!ignored || tracked) {
          files.add(path);
        }
      }
    }
    return new Listing(files, gitignores, found);
  }
}
