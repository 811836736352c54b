package dev.opsgrade.collect.backup;

import dev.opsgrade.model.FactKind;

/**
 * The result of {@code restic check} or {@code borg check} on a repository: passed, errors found,
 * or not run to the end (locked, timed out), with the tool's words. {@code dataRead} is how much
 * stored data it read back ("none", "all", "5%").
 */
@FactKind("backup.integrity")
public record BackupIntegrity(
    String tool, String name, Outcome outcome, String dataRead, long seconds, String detail) {

  public enum Outcome {
    PASSED,
    ERRORS,
    NOT_RUN
  }
}
