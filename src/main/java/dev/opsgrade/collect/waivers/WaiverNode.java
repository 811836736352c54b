package dev.opsgrade.collect.waivers;

import dev.opsgrade.model.Waiver;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** One item of the waivers list: every key present once, known, non-empty; expires a date. */
final class WaiverNode {
  static final List<String> KEYS =
      List.of("check", "subject", "justification", "approver", "expires");

  private WaiverNode() {}

  /** The waiver with its line, or empty after adding what is wrong with it to {@code problems}. */
  static Optional<WaiversFile.Entry> parse(Node item, YamlProblems problems) {
    if (!(item instanceof MappingNode mapping)) {
      problems.add(item, "a waiver is a mapping of " + String.join(", ", KEYS));
      return Optional.empty();
    }
    int before = problems.count();
    Map<String, String> values = values(mapping, problems);
    for (String key : KEYS) {
      if (!values.containsKey(key) && value(mapping, key).isEmpty()) {
        problems.add(item, "this waiver has no " + key);
      }
    }
    Optional<LocalDate> expires = date(values.get("expires"), mapping, problems);
    if (problems.count() > before || expires.isEmpty()) {
      return Optional.empty();
    }
    Waiver waiver =
        new Waiver(
            values.get("check"),
            values.get("subject"),
            values.get("justification"),
            values.get("approver"),
            expires.get());
    return Optional.of(
        new WaiversFile.Entry(waiver, item.getStartMark().map(m -> m.getLine() + 1).orElse(1)));
  }

  private static Map<String, String> values(MappingNode mapping, YamlProblems problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = YamlProblems.scalar(tuple.getKeyNode()).orElse("");
      Optional<String> value = YamlProblems.scalar(tuple.getValueNode()).filter(v -> !v.isBlank());
      if (!KEYS.contains(key)) {
        problems.add(
            tuple.getKeyNode(),
            "unknown key '" + key + "' (expected " + String.join(", ", KEYS) + ")");
      } else if (value.isEmpty()) {
        problems.add(tuple.getValueNode(), key + " needs a value");
      } else {
        values.put(key, value.get());
      }
    }
    return values;
  }

  private static Optional<LocalDate> date(String text, MappingNode mapping, YamlProblems problems) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(
          value(mapping, "expires").flatMap(Node::getStartMark),
          "expires '" + text + "' is not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private static Optional<Node> value(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> YamlProblems.scalar(t.getKeyNode()).filter(key::equals).isPresent())
        .map(NodeTuple::getValueNode)
        .findFirst();
  }
}
