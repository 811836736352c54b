package dev.opsgrade.collect.backup;

import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.model.inventory.BackupSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What differs between restic and borg: their commands, their JSON, their words for failure. The
 * repository's location and password travel in the environment, never on the command line.
 */
public interface BackupTool {

  /** "restic" or "borg": the collector's name and the inventory's key under backup. */
  String name();

  List<BackupSpec.Repository> repositories(BackupSpec backup);

  /** The environment naming the repository (its location can hold credentials). */
  Map<String, String> location(BackupSpec.Repository repository);

  /** The environment entries that give the tool the password kept in {@code file}. */
  Map<String, String> passwordFile(Path file);

  /** The environment entries that give the tool the password itself. */
  Map<String, String> passwordValue(String value);

  /** Lists the snapshots (archives) as JSON, without locking the repository. */
  List<String> listCommand();

  /** The snapshots in the output of {@link #listCommand()}; IllegalArgumentException if garbled. */
  List<Snapshot> parseList(String output);

  List<String> checkCommand(BackupSpec.Repository repository);

  /** Why a command failed, in a sentence: wrong password, locked, no repository, or its words. */
  String explain(CommandResult result);

  /** Whether a failed check failed because it found damage (not because it could not run). */
  boolean foundErrors(CommandResult result);

  /** Whether a failed command failed because another process holds the repository's lock. */
  boolean locked(CommandResult result);

  /** Restores {@code snapshot} into {@code target}, which the command runs in. */
  List<String> restoreCommand(Snapshot snapshot, Path target);

  /** The snapshot's own statistics, as JSON: what a restore must produce. */
  List<String> statsCommand(Snapshot snapshot);

  RestoreSize parseStats(String output);

  /** The files and bytes a snapshot holds, and whether the tool counts directories as files. */
  record RestoreSize(long files, long bytes, boolean countsDirectories) {}
}
