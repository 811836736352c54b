package dev.opsgrade.collect.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A compose project written into a test's temporary folder, read with a given environment. */
final class ComposeProject {
  private final Path dir;

  ComposeProject(Path dir) {
    this.dir = dir;
  }

  ComposeProject write(String file, String text) {
    try {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  ComposeReader.ComposeRead read(String file, Map<String, String> environment) {
    return new ComposeReader(environment, p -> dir.relativize(p).toString())
        .read("host", dir.resolve(file));
  }

  ComposeReader.ComposeRead read(String file) {
    return read(file, Map.of());
  }

  /** The one service of that name; fails the test when the file could not be read. */
  static ComposeService service(ComposeReader.ComposeRead read, String name) {
    if (!read.file().readable()) {
      throw new AssertionError("unreadable: " + read.file().error().orElseThrow());
    }
    return read.services().stream()
        .filter(s -> s.service().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no service " + name + " in " + read.services()));
  }
}
