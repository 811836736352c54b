package dev.opsgrade.cli;

import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.pipeline.Inputs;
import java.nio.file.Path;

/** How a command reads the inventory at PATH (an opsgrade.yaml, or the folder that holds one). */
@FunctionalInterface
public interface InventorySource {
  Inventory load(Path path);

  /**
   * The inventory at PATH: a file, a folder holding opsgrade.yaml, or a folder of compose files.
   */
  static InventorySource standard() {
    return path -> {
      try {
        return Inputs.inventory(path, System.getenv());
      } catch (AssessmentRun.InputException e) {
        throw new UserError(e.getMessage());
      }
    };
  }
}
