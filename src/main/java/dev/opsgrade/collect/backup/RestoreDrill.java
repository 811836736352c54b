package dev.opsgrade.collect.backup;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.collect.process.ExternalCommand;
import dev.opsgrade.model.inventory.BackupSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A restore drill: the newest snapshot of a repository restored into a scratch directory, checked
 * against the snapshot's own statistics (file count, total size) and a sample of checksums, timed.
 * Read-only on the repository; the scratch directory is deleted afterwards.
 */
public final class RestoreDrill {
  private final BackupTool tool;
  private final CollectContext context;

  public RestoreDrill(BackupTool tool, CollectContext context) {
    this.tool = tool;
    this.context = context;
  }

  /** What to restore and how to verify it. */
  public record Plan(
      BackupSpec.Repository repository,
      int verifySample,
      Optional<Path> manifest,
      Path scratchParent,
      Duration timeout) {}

  public DrillOutcome run(Plan plan) {
    long start = System.nanoTime();
    RepositoryAccess.Outcome access = RepositoryAccess.of(tool, plan.repository(), context);
    if (access.access().isEmpty()) {
      return DrillOutcome.failed("cannot open the repository: " + access.problem(), start);
    }
    RepositoryAccess with = access.access().get();
    CommandResult list =
        ExternalCommand.run(with.command(tool.listCommand(), Optional.empty(), plan.timeout()));
    if (!list.succeeded()) {
      return DrillOutcome.failed("cannot list snapshots: " + with.scrub(tool.explain(list)), start);
    }
    Optional<Snapshot> newest;
    BackupTool.RestoreSize expected;
    try {
      newest = newest(tool.parseList(list.stdout()), plan.repository());
      if (newest.isEmpty()) {
        return DrillOutcome.failed(
            "the repository holds no snapshot"
                + plan.repository().host().map(h -> " of host " + h).orElse("")
                + " to restore",
            start);
      }
      CommandResult stats =
          ExternalCommand.run(
              with.command(tool.statsCommand(newest.get()), Optional.empty(), plan.timeout()));
      if (!stats.succeeded()) {
        return DrillOutcome.failed(
            "cannot read the snapshot's statistics: " + with.scrub(tool.explain(stats)), start);
      }
      expected = tool.parseStats(stats.stdout());
    } catch (IllegalArgumentException e) {
      return DrillOutcome.failed(with.scrub(e.getMessage()), start);
    }
    Path scratch;
    try {
      Files.createDirectories(plan.scratchParent());
      scratch = Files.createTempDirectory(plan.scratchParent(), "opsgrade-drill-");
    } catch (IOException e) {
      return DrillOutcome.failed(
          "cannot create a scratch directory in " + plan.scratchParent() + ": " + e, start);
    }
    try {
      return restoreAndVerify(plan, with, newest.get(), expected, scratch, start);
    } finally {
      Scratch.delete(scratch);
    }
  }

  private DrillOutcome restoreAndVerify(
      Plan plan,
      RepositoryAccess with,
      Snapshot snapshot,
      BackupTool.RestoreSize expected,
      Path scratch,
      long start) {
    CommandResult restore =
        ExternalCommand.run(
            with.command(
                tool.restoreCommand(snapshot, scratch), Optional.of(scratch), plan.timeout()));
    Duration restoreTime = restore.duration();
    if (!restore.succeeded()) {
      return DrillOutcome.failed(
          "the restore of " + snapshot.id() + " failed: " + with.scrub(tool.explain(restore)),
          start);
    }
    try {
      RestoredTree tree =
          RestoredTree.read(scratch, snapshot.paths(), expected.countsDirectories());
      SampleCheck.Outcome sample = sample(plan, tree);
      return DrillOutcome.of(
          snapshot, expected, tree, sample, plan.verifySample(), restoreTime, start);
    } catch (IOException | IllegalArgumentException e) {
      return DrillOutcome.failed("cannot verify the restored files: " + e.getMessage(), start);
    }
  }

  private static SampleCheck.Outcome sample(Plan plan, RestoredTree tree) throws IOException {
    Random random = new Random();
    if (plan.manifest().isPresent()) {
      Map<String, String> manifest = Manifest.read(plan.manifest().get());
      return SampleCheck.againstManifest(
          tree.files(), manifest, plan.manifest().get().toString(), plan.verifySample(), random);
    }
    return SampleCheck.againstLive(tree.files(), plan.verifySample(), random);
  }

  /** The newest snapshot of the repository's host (of any host when it names none). */
  static Optional<Snapshot> newest(List<Snapshot> snapshots, BackupSpec.Repository repository) {
    List<Snapshot> ofHost =
        repository
            .host()
            .map(h -> snapshots.stream().filter(s -> HostNames.same(s.hostname(), h)).toList())
            .orElse(snapshots);
    return ofHost.isEmpty() ? Optional.empty() : Optional.of(SnapshotSummary.newest(ofHost));
  }
}
