package dev.opsgrade.collect.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds the repository that holds an inventory's repo folder as git does: the folder itself or the
 * nearest folder above it with a .git (a directory, or a file as in a linked worktree or a
 * submodule). The folder is resolved through symlinks first, as git's working directory is. Never
 * reads GIT_DIR or other environment variables: the inventory alone says what is assessed.
 */
final class RepoLocator {
  private RepoLocator() {}

  /** The repository above (or at) the folder, open; empty when there is none. */
  static Optional<Repository> open(Path folder) throws IOException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().setMustExist(true).findGitDir(folder.toRealPath().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    return Optional.of(builder.build());
  }

  /**
   * The folder relative to the repository's work tree ("." for the root), or empty when it is not
   * inside the work tree (core.worktree elsewhere, or a folder inside .git).
   */
  static Optional<String> scopeOf(Repository repository, Path folder) throws IOException {
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    Path dir = folder.toRealPath();
    if (!dir.startsWith(workTree)) {
      return Optional.empty();
    }
    String scope = workTree.relativize(dir).toString().replace('\\', '/');
    if (scope.equals(".git") || scope.startsWith(".git/")) {
      return Optional.empty();
    }
    return Optional.of(scope.isEmpty() ? RepoScope.WHOLE : scope);
  }
}
