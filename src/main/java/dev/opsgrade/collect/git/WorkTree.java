package dev.opsgrade.collect.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * One walk of the working tree under a repo entry's folder with git's own ignore decisions (JGit's
 * FileTreeIterator, which reads nested .gitignore files, .git/info/exclude and core.excludesFile):
 * the files in the current tree (tracked, or untracked and not ignored), the .gitignore files that
 * apply (those under the folder and those of the folders above it up to the root), and the
 * secret-looking files found, ignored or not. Ignored folders are not entered unless the index
 * tracks files in them. Paths are relative to the repository's root.
 */
final class WorkTree {

  record Listing(List<String> files, List<String> gitignores, List<Found> secretLooking) {}

  /** A secret-looking file on disk, as git's ignore rules judge it. */
  record Found(String path, String kind, boolean ignored, boolean tracked) {}

  private WorkTree() {}

  static Listing list(Repository repository, RepoScope where) throws IOException {
    List<String> files = new ArrayList<>();
    List<String> gitignores = aboveScope(repository.getWorkTree().toPath(), where);
    List<Found> found = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      FileTreeIterator disk = new FileTreeIterator(repository);
      walk.addTree(disk);
      walk.addTree(new DirCacheIterator(repository.readDirCache()));
      disk.setDirCacheIterator(walk, 1);
      walk.setRecursive(false);
      if (!where.whole()) {
        walk.setFilter(PathFilter.create(where.scope()));
      }
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

  /** The .gitignore files of the folders above the scope, root first: git applies them too. */
  private static List<String> aboveScope(Path root, RepoScope where) {
    List<String> gitignores = new ArrayList<>();
    if (where.whole()) {
      return gitignores;
    }
    String folder = "";
    for (String segment : where.scope().split("/")) {
      String gitignore = folder.isEmpty() ? ".gitignore" : folder + "/.gitignore";
      if (Files.isRegularFile(root.resolve(gitignore))) {
        gitignores.add(gitignore);
      }
      folder = folder.isEmpty() ? segment : folder + "/" + segment;
    }
    return gitignores;
  }
}
