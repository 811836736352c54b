package dev.opsgrade.config;

import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the path a user typed means: a file is an inventory; a directory with opsgrade.yaml (or
 * opsgrade.yml) loads that; any other directory is assessed from what it holds.
 */
public final class InventoryLocator {
  private InventoryLocator() {}

  public static Inventory locate(Path path, Map<String, String> environment) {
    if (Files.isRegularFile(path)) {
      Path name = path.getFileName();
      if (name != null && DirectoryInventory.isComposeFileName(name.toString())) {
        Path folder = path.toAbsolutePath().normalize().getParent();
        throw InventoryException.of(
            Problem.ofFile(
                path.toString(),
                "a compose file, not an opsgrade inventory: assess its folder (opsgrade assess "
                    + folder
                    + ") or list it under hosts[].compose in an opsgrade.yaml (opsgrade init "
                    + folder
                    + " writes one)"));
      }
      return InventoryLoader.load(path, environment);
    }
    if (Files.isDirectory(path)) {
      for (String name : InventoryLoader.FILE_NAMES) {
        Path file = path.resolve(name);
        if (Files.isRegularFile(file)) {
          return InventoryLoader.load(file, environment);
        }
      }
      return DirectoryInventory.discover(path);
    }
    throw InventoryException.of(Problem.ofFile(path.toString(), "no such file or directory"));
  }
}
