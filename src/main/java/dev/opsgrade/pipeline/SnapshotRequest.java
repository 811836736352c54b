package dev.opsgrade.pipeline;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Refuses --create-snapshot HOST before anything is collected when no provider knows HOST: a flag
 * that changes a system must never be dropped silently.
 */
final class SnapshotRequest {
  private SnapshotRequest() {}

  static void check(CollectContext.Options options, Inventory inventory)
      throws AssessmentRun.InputException {
    Optional<String> host = options.createSnapshotHost();
    if (host.isEmpty()) {
      return;
    }
    Optional<BackupSpec.Contabo> contabo = inventory.backup().flatMap(BackupSpec::contabo);
    if (contabo.isEmpty()) {
      throw new AssessmentRun.InputException(
          "--create-snapshot "
              + host.get()
              + ": no snapshot provider is configured (backup.contabo in "
              + inventory.sourceFile()
              + ")");
    }
    if (!contabo.get().instances().containsKey(host.get())) {
      throw new AssessmentRun.InputException(
          "--create-snapshot "
              + host.get()
              + ": no instance for that host under backup.contabo.instances (hosts there: "
              + String.join(", ", new TreeSet<>(contabo.get().instances().keySet()))
              + ")");
    }
  }
}
