package dev.opsgrade.collect.compose;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** A place in a file: 1-based line and column; 0 when the problem is the file as a whole. */
record Position(Path file, int line, int column) {

  static Position of(Path file, Optional<Mark> mark) {
    return mark.map(m -> new Position(file, m.getLine() + 1, m.getColumn() + 1))
        .orElseGet(() -> wholeFile(file));
  }

  static Position wholeFile(Path file) {
    return new Position(file, 0, 0);
  }

  boolean known() {
    return line > 0;
  }

  /**
   * {@code written} relative to {@code dir}; a path the file system cannot hold is an error here.
   */
  Path resolve(Path dir, String written) {
    try {
      return dir.resolve(written).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ComposeException(this, "'" + written + "' is not a valid path");
    }
  }
}
