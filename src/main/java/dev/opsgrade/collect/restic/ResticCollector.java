package dev.opsgrade.collect.restic;

import dev.opsgrade.collect.backup.BackupCollector;

/** The restic repositories of {@code backup.restic}: snapshots and {@code restic check}. */
public final class ResticCollector extends BackupCollector {
  public ResticCollector() {
    this("restic");
  }

  /** With the restic binary at {@code binary} (a path, or a name looked up on the PATH). */
  public ResticCollector(String binary) {
    super(new Restic(binary));
  }
}
