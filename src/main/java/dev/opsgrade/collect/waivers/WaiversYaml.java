package dev.opsgrade.collect.waivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses the text of a waivers file ({@code waivers:} a list of check, subject, justification,
 * approver, expires), reporting every problem at once with its file:line:column.
 */
final class WaiversYaml {
  /** The waivers with the line each starts on, and the list node (to append after it). */
  record Parsed(List<WaiversFile.Entry> entries, Optional<SequenceNode> list) {}

  private WaiversYaml() {}

  static Parsed parse(String name, String text) throws WaiversFileException {
    YamlProblems problems = new YamlProblems(name);
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw new WaiversFileException(problems.at(e.getProblemMark()) + ": " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new WaiversFileException(name + ": " + e.getMessage());
    }
    Optional<Node> list = root.flatMap(r -> waiversList(r, problems));
    List<WaiversFile.Entry> entries = new ArrayList<>();
    if (list.isPresent() && list.get() instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> WaiverNode.parse(item, problems).ifPresent(entries::add));
    } else if (list.isPresent() && !isNull(list.get())) {
      problems.add(list.get(), "waivers must be a list of waivers");
    }
    problems.throwIfAny();
    return new Parsed(
        List.copyOf(entries),
        list.filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast));
  }

  private static Optional<Node> waiversList(Node root, YamlProblems problems) {
    if (!(root instanceof MappingNode mapping)) {
      problems.add(root, "expected a mapping with the key waivers");
      return Optional.empty();
    }
    Optional<Node> list = Optional.empty();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = YamlProblems.scalar(tuple.getKeyNode()).orElse("");
      if (key.equals("waivers")) {
        list = Optional.of(tuple.getValueNode());
      } else {
        problems.add(tuple.getKeyNode(), "unknown key '" + key + "' (expected waivers)");
      }
    }
    return list;
  }

  private static boolean isNull(Node node) {
    return YamlProblems.scalar(node).filter(v -> Set.of("", "~", "null").contains(v)).isPresent();
  }
}
