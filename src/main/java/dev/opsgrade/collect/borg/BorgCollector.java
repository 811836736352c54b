package dev.opsgrade.collect.borg;

import dev.opsgrade.collect.backup.BackupCollector;

/** The borg repositories of {@code backup.borg}: archives and {@code borg check}. */
public final class BorgCollector extends BackupCollector {
  public BorgCollector() {
    this("borg");
  }

  /** With the borg binary at {@code binary} (a path, or a name looked up on the PATH). */
  public BorgCollector(String binary) {
    super(new Borg(binary));
  }
}
