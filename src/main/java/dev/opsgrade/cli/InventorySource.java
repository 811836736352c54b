package dev.opsgrade.cli;

import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;

/** How a command reads the inventory at PATH (an opsgrade.yaml, or the folder that holds one). */
@FunctionalInterface
public interface InventorySource {
  Inventory load(Path path);

  /**
   * The inventory loader of the config package. Integration point: until config lands on main this
   * says so; once it does, this is {@code path -> InventoryLocator.locate(path, System.getenv())}.
   */
  static InventorySource standard() {
    return path -> {
      throw new UserError(
          "cannot read the inventory at "
              + path
              + ": this build has no inventory loader (dev.opsgrade.config) yet");
    };
  }
}
