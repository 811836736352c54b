package dev.opsgrade.collect.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * When each doc last changed: the last commit that touched it in the git repository holding the
 * docs, or its file time when it is not in git or has uncommitted changes (a checkout resets file
 * times, so they are the weaker evidence).
 */
final class DocHistory implements AutoCloseable {
  private final Optional<Git> git;
  private final Path workTree;
  private final Set<String> uncommitted;
  private final Optional<String> problem;

  record LastChange(Instant when, DocFile.ChangeSource source, Optional<String> commit) {}

  private DocHistory(
      Optional<Git> git, Path workTree, Set<String> uncommitted, Optional<String> problem) {
    this.git = git;
    this.workTree = workTree;
    this.uncommitted = uncommitted;
    this.problem = problem;
  }

  static DocHistory open(Path docsRoot) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(docsRoot.toFile());
    if (builder.getGitDir() == null) {
      return without(docsRoot, Optional.empty());
    }
    try {
      Repository repository = builder.build();
      if (repository.isBare() || repository.resolve(Constants.HEAD) == null) {
        repository.close();
        return without(docsRoot, Optional.empty()); // no commit yet: nothing is in git
      }
      Git git = new Git(repository);
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      String prefix = slashed(workTree.relativize(docsRoot.toRealPath()));
      StatusCommand command = git.status();
      if (!prefix.isEmpty()) {
        command.addPath(prefix);
      }
      Status status = command.call();
      Set<String> uncommitted = new HashSet<>(status.getModified());
      uncommitted.addAll(status.getChanged());
      uncommitted.addAll(status.getAdded());
      return new DocHistory(Optional.of(git), workTree, uncommitted, Optional.empty());
    } catch (IOException | GitAPIException | RuntimeException e) {
      // JGit reports a corrupt repository with unchecked exceptions too: the file times remain
      return without(
          docsRoot,
          Optional.of("git repository " + builder.getGitDir() + " unreadable: " + e.getMessage()));
    }
  }

  private static DocHistory without(Path root, Optional<String> problem) {
    return new DocHistory(Optional.empty(), root, Set.of(), problem);
  }

  /** Why the git history could not be read, when it could not. */
  Optional<String> problem() {
    return problem;
  }

  boolean inGit() {
    return git.isPresent();
  }

  LastChange lastChange(Path file) throws IOException {
    Instant fileTime = Files.getLastModifiedTime(file).toInstant();
    if (git.isEmpty()) {
      return new LastChange(fileTime, DocFile.ChangeSource.FILE_TIME_NOT_IN_GIT, Optional.empty());
    }
    Path real = file.toRealPath();
    if (!real.startsWith(workTree)) {
      return new LastChange(fileTime, DocFile.ChangeSource.FILE_TIME_NOT_IN_GIT, Optional.empty());
    }
    String path = slashed(workTree.relativize(real));
    if (uncommitted.contains(path)) {
      return new LastChange(fileTime, DocFile.ChangeSource.FILE_TIME_UNCOMMITTED, Optional.empty());
    }
    try {
      Iterator<RevCommit> log = git.get().log().addPath(path).setMaxCount(1).call().iterator();
      if (!log.hasNext()) {
        return new LastChange(
            fileTime, DocFile.ChangeSource.FILE_TIME_NOT_IN_GIT, Optional.empty());
      }
      RevCommit commit = log.next();
      return new LastChange(
          Instant.ofEpochSecond(commit.getCommitTime()),
          DocFile.ChangeSource.GIT_COMMIT,
          Optional.of(commit.abbreviate(7).name()));
    } catch (GitAPIException e) {
      throw new IOException("git log of " + path + ": " + e.getMessage(), e);
    }
  }

  private static String slashed(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  @Override
  public void close() {
    git.ifPresent(g -> g.getRepository().close());
  }
}
