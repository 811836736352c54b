package dev.opsgrade.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory (or a file it names, such as a rubric or a .env) cannot be used. Holds every
 * problem found, not just the first; the message lists them one a line as {@code file:line:column:
 * path: message}.
 */
public final class InventoryException extends RuntimeException {
  private final List<Problem> problems;

  public InventoryException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InventoryException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static InventoryException of(Problem problem) {
    return new InventoryException(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(Problem::display).collect(Collectors.joining("\n"));
  }
}
