package dev.opsgrade.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What every node of one file shares: the file's label for messages, the problems found so far and
 * the interpolation (none for files that are not interpolated, such as a rubric).
 */
final class ReadContext {
  private final String file;
  private final Problems problems;
  private final Optional<Interpolator> interpolator;

  ReadContext(String file, Problems problems, Optional<Interpolator> interpolator) {
    this.file = file;
    this.problems = problems;
    this.interpolator = interpolator;
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  Optional<Interpolator> interpolator() {
    return interpolator;
  }

  void problem(Node node, String path, String message) {
    problems.at(file, node, 0, path, message);
  }

  void problem(Node node, int offset, String path, String message) {
    problems.at(file, node, offset, path, message);
  }
}
