package dev.opsgrade.collect.waivers;

import dev.opsgrade.model.Waiver;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses the text of a waivers file ({@code waivers:} a list of check, subject, justification,
 * approver, expires), reporting every problem at once with its file:line:column.
 */
final class WaiversYaml {
  static final Set<String> KEYS =
      Set.of("check", "subject", "justification", "approver", "expires");

  /** The waivers with the line each starts on, and the list node (to append after it). */
  record Parsed(List<WaiversFile.Entry> entries, Optional<SequenceNode> list) {}

  private final String name;
  private final List<String> problems = new ArrayList<>();

  private WaiversYaml(String name) {
    this.name = name;
  }

  static Parsed parse(String name, String text) throws WaiversFileException {
    return new WaiversYaml(name).parse(text);
  }

  private Parsed parse(String text) throws WaiversFileException {
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw new WaiversFileException(at(e.getProblemMark()) + ": " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new WaiversFileException(name + ": " + e.getMessage());
    }
    if (root.isEmpty()) {
      return new Parsed(List.of(), Optional.empty());
    }
    Optional<Node> list = waiversList(root.get());
    List<WaiversFile.Entry> entries = new ArrayList<>();
    if (list.isPresent() && list.get() instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> entry(item).ifPresent(entries::add));
    } else if (list.isPresent() && !isNull(list.get())) {
      problems.add(at(list.get().getStartMark()) + ": waivers must be a list of waivers");
    }
    if (!problems.isEmpty()) {
      throw new WaiversFileException(String.join("\n", problems));
    }
    return new Parsed(
        List.copyOf(entries),
        list.filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast));
  }

  private Optional<Node> waiversList(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      problems.add(at(root.getStartMark()) + ": expected a mapping with the key waivers");
      return Optional.empty();
    }
    Optional<Node> list = Optional.empty();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode()).orElse("");
      if (key.equals("waivers")) {
        list = Optional.of(tuple.getValueNode());
      } else {
        problems.add(
            at(tuple.getKeyNode().getStartMark())
                + ": unknown key '"
                + key
                + "' (expected waivers)");
      }
    }
    return list;
  }

  private Optional<WaiversFile.Entry> entry(Node item) {
    if (!(item instanceof MappingNode mapping)) {
      problems.add(at(item.getStartMark()) + ": a waiver is a mapping of " + keys());
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    int before = problems.size();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode()).orElse("");
      Optional<String> value = scalar(tuple.getValueNode()).filter(v -> !v.isBlank());
      if (!KEYS.contains(key)) {
        problems.add(
            at(tuple.getKeyNode().getStartMark())
                + ": unknown key '"
                + key
                + "' (expected "
                + keys()
                + ")");
      } else if (value.isEmpty()) {
        problems.add(at(tuple.getValueNode().getStartMark()) + ": " + key + " needs a value");
      } else {
        values.put(key, value.get());
      }
    }
    for (String key : List.of("check", "subject", "justification", "approver", "expires")) {
      if (!values.containsKey(key) && !mentions(mapping, key)) {
        problems.add(at(item.getStartMark()) + ": this waiver has no " + key);
      }
    }
    Optional<LocalDate> expires = date(values.get("expires"), mapping);
    if (problems.size() > before || expires.isEmpty()) {
      return Optional.empty();
    }
    int line = item.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    Waiver waiver =
        new Waiver(
            values.get("check"),
            values.get("subject"),
            values.get("justification"),
            values.get("approver"),
            expires.get());
    return Optional.of(new WaiversFile.Entry(waiver, line));
  }

  private Optional<LocalDate> date(String text, MappingNode mapping) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      Optional<Mark> mark =
          mapping.getValue().stream()
              .filter(t -> scalar(t.getKeyNode()).filter("expires"::equals).isPresent())
              .findFirst()
              .flatMap(t -> t.getValueNode().getStartMark());
      problems.add(at(mark) + ": expires '" + text + "' is not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private static boolean mentions(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .anyMatch(t -> scalar(t.getKeyNode()).filter(key::equals).isPresent());
  }

  private static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Set.of("", "~", "null").contains(scalar.getValue());
  }

  private static String keys() {
    return "check, subject, justification, approver, expires";
  }

  private String at(Optional<Mark> mark) {
    return mark.map(m -> name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(name);
  }
}
