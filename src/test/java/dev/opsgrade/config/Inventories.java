package dev.opsgrade.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes inventories into a test's folder and reads back what the loader says of them. */
final class Inventories {
  private Inventories() {}

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of an inventory that must not load. */
  static List<Problem> problems(Path file, Map<String, String> environment) {
    try {
      InventoryLoader.load(file, environment);
    } catch (InventoryException e) {
      return e.problems();
    }
    throw new AssertionError(file + " loaded, but it has mistakes the loader should report");
  }
}
