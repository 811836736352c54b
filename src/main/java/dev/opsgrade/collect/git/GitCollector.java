package dev.opsgrade.collect.git;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads every repository of the inventory with JGit (no git binary): status and upstream, ignore
 * coverage, and a secret scan of the working tree and the whole history. Read-only: it never
 * fetches, writes the index or touches a file. A path that is not a repository is a FAILED run.
 */
public final class GitCollector implements Collector {
  public static final String NAME = "git";

  private final SecretScanner scanner;

  public GitCollector() {
    this(SecretScanner.standard());
  }

  public GitCollector(SecretScanner scanner) {
    this.scanner = scanner;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return !inventory.repos().isEmpty();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    long deadline = System.nanoTime() + context.timeout().toNanos() * 9 / 10;
    for (String repo : inventory.repos()) {
      collectOne(repo, context, deadline);
    }
  }

  private void collectOne(String repo, CollectContext context, long deadline) {
    Path dir = context.resolve(repo);
    if (!Files.isDirectory(dir)) {
      context.run(NAME, repo, Outcome.FAILED, repo + ": no such directory (" + dir + ")");
      return;
    }
    try (Git git = Git.open(dir.toFile())) {
      Repository repository = git.getRepository();
      if (repository.isBare()) {
        context.run(NAME, repo, Outcome.FAILED, repo + ": a bare repository has no working tree");
        return;
      }
      read(repo, git, context, deadline);
    } catch (RepositoryNotFoundException e) {
      context.run(NAME, repo, Outcome.FAILED, repo + ": not a git repository (" + dir + ")");
    } catch (IOException | GitAPIException | JGitInternalException e) {
      context.run(
          NAME,
          repo,
          Outcome.FAILED,
          repo
              + ": cannot read the repository: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  private void read(String repo, Git git, CollectContext context, long deadline)
      throws IOException, GitAPIException {
    Repository repository = git.getRepository();
    Location here = Location.file(repo);
    context.fact(repo, here, RepoStatusReader.read(repo, git));
    WorkTree.Listing listing = WorkTree.list(repository);
    context.fact(repo, here, IgnoreCoverageReader.read(repo, repository, listing));
    Allowlist allowlist = Allowlist.read(repository.getWorkTree().toPath());
    RepositorySecretScan scan =
        new RepositorySecretScan(repo, repository, scanner, allowlist, deadline);
    scan.scanWorkTree(listing.files());
    scan.scanHistory();
    for (GitSecretFinding finding : scan.findings()) {
      String file = RepoPaths.join(repo, finding.file());
      context.fact(file + ":" + finding.line(), Location.file(file, finding.line()), finding);
    }
    RepositorySecretScan.Counters c = scan.counters;
    int accepted = (int) scan.findings().stream().filter(GitSecretFinding::accepted).count();
    context.fact(
        repo,
        here,
        new GitSecretScan(
            repo,
            scanner.rules().size(),
            c.workingTreeFiles,
            c.commits,
            c.blobsRead,
            c.blobRevisits,
            c.skippedLarge,
            c.skippedBinary,
            c.bytesScanned,
            c.reachedRegex,
            c.findings,
            accepted,
            c.notRecorded,
            Allowlist.FILE_NAME,
            allowlist.errors(),
            c.complete));
    context.run(
        NAME,
        repo,
        c.complete ? Outcome.OK : Outcome.PARTIAL,
        repo
            + ": "
            + c.commits
            + " commits, "
            + c.blobsRead
            + " history blobs, "
            + c.workingTreeFiles
            + " working tree files, "
            + c.findings
            + " secret findings"
            + (c.complete ? "" : "; the secret scan stopped at the deadline"));
  }
}
