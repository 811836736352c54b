package dev.opsgrade.collect.git;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads every repo entry of the inventory with JGit (no git binary). An entry is a folder: the root
 * of a repository, or a folder inside one (found as git finds it), which scopes everything but the
 * branch and upstream to that folder, like {@code git status -- <folder>}: changes, ignore
 * coverage, and the secret scan of the working tree and the whole history. Read-only: it never
 * fetches, writes the index or touches a file. A folder in no repository is a FAILED run. The
 * secret scans share 90% of the collector's budget (the rest is the margin before the runner gives
 * up on it).
 */
public final class GitCollector implements Collector {
  public static final String NAME = "git";

  public static final int SCAN_BUDGET_PERCENT = 90;

  private final SecretScanner scanner;
  private final int scanBudgetPercent;

  public GitCollector() {
    this(SecretScanner.standard());
  }

  public GitCollector(SecretScanner scanner) {
    this(scanner, SCAN_BUDGET_PERCENT);
  }

  /** With the secret scans stopping at {@code scanBudgetPercent}% of the collector's budget. */
  public GitCollector(SecretScanner scanner, int scanBudgetPercent) {
    if (scanBudgetPercent < 1 || scanBudgetPercent > 99) {
      throw new IllegalArgumentException("scan budget percent outside 1..99: " + scanBudgetPercent);
    }
    this.scanner = scanner;
    this.scanBudgetPercent = scanBudgetPercent;
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
    Duration budget = context.budget();
    long end = System.nanoTime() + budget.toNanos() / 100 * scanBudgetPercent;
    List<String> repos = inventory.repos();
    for (int i = 0; i < repos.size(); i++) {
      long now = System.nanoTime();
      int left = repos.size() - i;
      long share = Math.max(0, end - now) / left;
      String limit =
          (left == 1 ? "" : "its share (" + seconds(share) + " s) of ")
              + scanBudgetPercent
              + "% of the git collector's "
              + budget.toSeconds()
              + " s budget";
      collectOne(repos.get(i), context, new Deadline(now + share, limit));
    }
  }

  private void collectOne(String repo, CollectContext context, Deadline deadline) {
    Path dir = context.resolve(repo);
    if (!Files.isDirectory(dir)) {
      context.run(NAME, repo, Outcome.FAILED, repo + ": no such directory (" + dir + ")");
      return;
    }
    try {
      Optional<Repository> found = RepoLocator.open(dir);
      if (found.isEmpty()) {
        String why = ": not a git repository, nor a folder inside one (";
        context.run(NAME, repo, Outcome.FAILED, repo + why + dir + ")");
        return;
      }
      try (Repository repository = found.get();
          Git git = Git.wrap(repository)) {
        if (repository.isBare()) {
          String why = ": a bare repository has no working tree (";
          context.run(NAME, repo, Outcome.FAILED, repo + why + repository.getDirectory() + ")");
          return;
        }
        Optional<String> scope = RepoLocator.scopeOf(repository, dir);
        if (scope.isEmpty()) {
          String why = ": not inside the working tree of the repository at ";
          context.run(NAME, repo, Outcome.FAILED, repo + why + repository.getWorkTree());
          return;
        }
        read(RepoScope.of(repo, scope.get()), git, context, deadline);
      }
    } catch (IOException | GitAPIException | JGitInternalException e) {
      String why = ": cannot read the repository: " + e.getClass().getSimpleName();
      context.run(NAME, repo, Outcome.FAILED, repo + why + ": " + e.getMessage());
    }
  }

  private void read(RepoScope where, Git git, CollectContext context, Deadline deadline)
      throws IOException, GitAPIException {
    Repository repository = git.getRepository();
    String repo = where.repo();
    Location here = Location.file(repo);
    context.fact(repo, here, RepoStatusReader.read(where, git));
    WorkTree.Listing listing = WorkTree.list(repository, where);
    context.fact(repo, here, IgnoreCoverageReader.read(where, repository, listing));
    Path folder = repository.getWorkTree().toPath().resolve(where.scope());
    Allowlist allowlist = Allowlist.read(folder, RepoPaths.join(repo, Allowlist.FILE_NAME));
    RepositorySecretScan scan =
        new RepositorySecretScan(where, repository, scanner, allowlist, deadline);
    scan.scanWorkTree(listing.files());
    scan.scanHistory();
    for (GitSecretFinding finding : scan.found.all()) {
      String at = finding.file() + ":" + finding.line();
      context.fact(at, Location.file(finding.file(), finding.line()), finding);
    }
    GitSecretScan fact = ScanFacts.of(where, scanner, scan, allowlist, deadline);
    context.fact(repo, here, fact);
    context.run(NAME, repo, fact.complete() ? Outcome.OK : Outcome.PARTIAL, ScanFacts.detail(fact));
  }

  private static long seconds(long nanos) {
    return Duration.ofNanos(nanos).toSeconds();
  }
}
