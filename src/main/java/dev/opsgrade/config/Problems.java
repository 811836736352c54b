package dev.opsgrade.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects problems while a file is read, so that all of them are reported at once. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(Problem problem) {
    if (!found.contains(problem)) {
      found.add(problem);
    }
  }

  void at(String file, Node node, int offset, String path, String message) {
    Optional<Mark> mark = node.getStartMark();
    int line = mark.map(m -> m.getLine() + 1).orElse(0);
    int column = mark.map(m -> m.getColumn() + 1 + offset).orElse(0);
    add(new Problem(file, line, column, path, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column));
    return sorted;
  }

  /** Stops the reading when anything was found, with every problem in file order. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InventoryException(sorted());
    }
  }
}
