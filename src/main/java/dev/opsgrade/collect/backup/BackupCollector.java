package dev.opsgrade.collect.backup;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.collect.process.ExternalCommand;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads each restic or borg repository of the inventory: its snapshots (a {@link BackupRepository}
 * fact) and its integrity check (a {@link BackupIntegrity} fact). A repository that cannot be read
 * (no password, wrong password, not there, tool missing, too slow) is a failed run with the reason,
 * per repository.
 */
public class BackupCollector implements Collector {
  private final BackupTool tool;

  protected BackupCollector(BackupTool tool) {
    this.tool = tool;
  }

  @Override
  public String name() {
    return tool.name();
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory.backup().map(b -> !tool.repositories(b).isEmpty()).orElse(false);
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    List<BackupSpec.Repository> repositories = tool.repositories(inventory.backup().orElseThrow());
    // stop a little before the runner gives up, so each repository's outcome is recorded
    long end = System.nanoTime() + context.budget().toNanos() / 10 * 9;
    for (BackupSpec.Repository repository : repositories) {
      collect(repository, context, end);
    }
  }

  private void collect(BackupSpec.Repository repository, CollectContext context, long end) {
    String name = repository.name();
    RepositoryAccess.Outcome access = RepositoryAccess.of(tool, repository, context);
    if (access.access().isEmpty()) {
      context.run(name(), name, CollectorRun.Outcome.FAILED, access.problem());
      return;
    }
    RepositoryAccess with = access.access().get();
    CommandResult list =
        ExternalCommand.run(with.command(tool.listCommand(), Optional.empty(), left(end)));
    if (!list.succeeded()) {
      context.run(name(), name, failure(list), with.scrub(tool.explain(list)));
      return;
    }
    List<Snapshot> snapshots;
    try {
      snapshots = tool.parseList(list.stdout());
    } catch (IllegalArgumentException e) {
      context.run(name(), name, CollectorRun.Outcome.FAILED, with.scrub(e.getMessage()));
      return;
    }
    Location location =
        Location.url(tool.name() + ":" + RepositoryLocation.display(repository.repo()));
    String subject = tool.name() + ":" + name;
    context.fact(
        subject,
        location,
        new BackupRepository(
            tool.name(),
            name,
            RepositoryLocation.display(repository.repo()),
            repository.host(),
            snapshots.size(),
            SnapshotSummary.perHost(snapshots)));
    BackupIntegrity integrity = check(repository, with, end);
    context.fact(subject, location, integrity);
    boolean checked = integrity.outcome() != BackupIntegrity.Outcome.NOT_RUN;
    context.run(
        name(),
        name,
        checked ? CollectorRun.Outcome.OK : CollectorRun.Outcome.PARTIAL,
        snapshots.size()
            + " snapshots; check "
            + integrity.outcome().name().toLowerCase()
            + (checked ? "" : ": " + integrity.detail()));
  }

  private BackupIntegrity check(BackupSpec.Repository repository, RepositoryAccess with, long end) {
    CommandResult check =
        ExternalCommand.run(
            with.command(tool.checkCommand(repository), Optional.empty(), left(end)));
    long seconds = check.duration().toSeconds();
    String dataRead = repository.readData().orElse("none");
    BackupIntegrity.Outcome outcome =
        check.succeeded()
            ? BackupIntegrity.Outcome.PASSED
            : tool.foundErrors(check)
                ? BackupIntegrity.Outcome.ERRORS
                : BackupIntegrity.Outcome.NOT_RUN;
    String detail =
        check.succeeded()
            ? tool.name() + " check found no errors"
            : with.scrub(tool.explain(check));
    return new BackupIntegrity(tool.name(), repository.name(), outcome, dataRead, seconds, detail);
  }

  private static CollectorRun.Outcome failure(CommandResult result) {
    return result.killed() ? CollectorRun.Outcome.TIMED_OUT : CollectorRun.Outcome.FAILED;
  }

  /** What is left until {@code end}, at least a second so a command can say why it fails. */
  private static Duration left(long end) {
    return Duration.ofNanos(Math.max(end - System.nanoTime(), Duration.ofSeconds(1).toNanos()));
  }
}
