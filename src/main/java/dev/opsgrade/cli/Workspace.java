package dev.opsgrade.cli;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.PhaseSpec;
import dev.opsgrade.pipeline.PhaseSignoff;
import dev.opsgrade.pipeline.SignoffException;
import dev.opsgrade.score.Assessment;
import java.nio.file.Path;
import java.util.Optional;

/** An inventory loaded for a command: where it lives, its history, and its phase evidence now. */
record Workspace(Inventory inventory, Path baseDir, CommandEnvironment environment) {
  static Workspace load(Path path, CommandEnvironment environment) {
    Inventory inventory = environment.inventories().load(path);
    return new Workspace(inventory, Path.of(inventory.baseDir()), environment);
  }

  /** The latest assessment of the inventory; none without creating a history that is missing. */
  Optional<Assessment> latestAssessment() {
    if (!InventoryHistory.exists(inventory, baseDir)) {
      return Optional.empty();
    }
    try (HistoryStore store = openHistory()) {
      return store.latest(inventory.name());
    }
  }

  HistoryStore openHistory() {
    return InventoryHistory.open(
        inventory, baseDir, InventoryHistory.secrets(environment.environment(), baseDir));
  }

  /**
   * What the phases' states are judged from besides an assessment, read now: the phase and reports
   * folders, the task lists, and the sign-off and drill records.
   */
  Evidence phaseEvidence() {
    return signoff().phaseEvidence();
  }

  /** Signing off phases of this inventory, as the dashboard does too. */
  PhaseSignoff signoff() {
    return new PhaseSignoff(
        inventory,
        baseDir,
        environment.clock(),
        environment.environment(),
        VersionProvider.version());
  }

  /** The phase {@code id} of the inventory; a usage error naming the phases there are if none. */
  PhaseSpec phase(String id) {
    try {
      return PhaseSignoff.phase(inventory, id);
    } catch (SignoffException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** A path relative to the inventory's folder, as the inventory writes them. */
  String relative(Path path) {
    Path base = baseDir.toAbsolutePath().normalize();
    Path absolute = base.resolve(path).normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
