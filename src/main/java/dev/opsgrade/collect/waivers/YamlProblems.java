package dev.opsgrade.collect.waivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** The problems found in one file, each at its file:line:column, to be reported all at once. */
final class YamlProblems {
  private final String name;
  private final List<String> problems = new ArrayList<>();

  YamlProblems(String name) {
    this.name = name;
  }

  void add(Node node, String problem) {
    add(node.getStartMark(), problem);
  }

  void add(Optional<Mark> mark, String problem) {
    problems.add(at(mark) + ": " + problem);
  }

  int count() {
    return problems.size();
  }

  void throwIfAny() throws WaiversFileException {
    if (!problems.isEmpty()) {
      throw new WaiversFileException(String.join("\n", problems));
    }
  }

  String at(Optional<Mark> mark) {
    return mark.map(m -> name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(name);
  }

  static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }
}
