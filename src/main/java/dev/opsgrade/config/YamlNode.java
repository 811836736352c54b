package dev.opsgrade.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML node with its path in the document ({@code hosts[1].docker}). Every accessor reports a
 * problem at the node's line and column when the node has the wrong shape, and then answers empty.
 */
final class YamlNode {
  private final Node node;
  private final String path;
  private final ReadContext context;

  YamlNode(Node node, String path, ReadContext context) {
    this.node = node;
    this.path = path;
    this.context = context;
  }

  String path() {
    return path;
  }

  Node node() {
    return node;
  }

  ReadContext context() {
    return context;
  }

  int line() {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  void problem(String message) {
    context.problem(node, path, message);
  }

  Optional<YamlMap> map() {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, this));
    }
    problem("expected a mapping (key: value), found " + kind());
    return Optional.empty();
  }

  Optional<List<YamlNode>> list() {
    if (!(node instanceof SequenceNode sequence)) {
      problem("expected a list, found " + kind());
      return Optional.empty();
    }
    List<YamlNode> items = new ArrayList<>();
    List<Node> values = sequence.getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(new YamlNode(values.get(i), path + "[" + i + "]", context));
    }
    return Optional.of(items);
  }

  /** The scalar, interpolated unless {@code raw}; a null or a collection is a problem. */
  Optional<Scalar> scalar(boolean raw) {
    if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
      problem("expected a single value, found " + kind());
      return Optional.empty();
    }
    String text = DollarBraces.restore(scalar.getValue());
    if (raw || !text.contains("$") || context.interpolator().isEmpty()) {
      return Optional.of(Scalar.literal(text, scalar.getTag()));
    }
    try {
      String value = context.interpolator().get().interpolate(text);
      return Optional.of(new Scalar(text, value, scalar.getTag(), true));
    } catch (Interpolator.Failure failure) {
      context.problem(node, columnOffset(scalar, failure.offset()), path, failure.getMessage());
      return Optional.empty();
    }
  }

  <T> Optional<T> as(ScalarType<T> type) {
    return scalar(false).flatMap(s -> parse(s, type));
  }

  <T> Optional<T> parse(Scalar scalar, ScalarType<T> type) {
    try {
      return Optional.of(type.parse(scalar));
    } catch (ScalarType.Bad bad) {
      problem(bad.getMessage());
      return Optional.empty();
    }
  }

  String kind() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (Tag.NULL.equals(node.getTag())) {
      return "no value (give one, or remove the key)";
    }
    return Scalar.literal("", node.getTag()).kind();
  }

  /** Points inside a one-line plain scalar, where the column of a character is known. */
  private static int columnOffset(ScalarNode scalar, int offset) {
    boolean oneLine = !scalar.getValue().contains("\n");
    return scalar.getScalarStyle() == ScalarStyle.PLAIN && oneLine ? offset : 0;
  }
}
