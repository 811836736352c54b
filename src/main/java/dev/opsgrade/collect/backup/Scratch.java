package dev.opsgrade.collect.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes a drill's scratch directory, restored read-only directories included. */
final class Scratch {
  private Scratch() {}

  static void delete(Path scratch) {
    try (Stream<Path> walk = Files.walk(scratch)) {
      List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path path : paths) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          path.toFile().setWritable(true, true);
        }
      }
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // the drill's result stands; say where the leftovers are
      System.err.println("opsgrade: could not delete the scratch directory " + scratch + ": " + e);
    }
  }
}
