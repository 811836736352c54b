package dev.opsgrade.collect.compose;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A YAML node as read from a compose file, anchors and merge keys already applied, with the
 * position of every node. Immutable.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  Position at();

  /** Every scalar of this tree replaced by {@code change}; keys stay as written. */
  YamlNode mapScalars(UnaryOperator<Scalar> change);

  /**
   * A scalar: its text after interpolation, and as written ({@code raw}, which shows "${VAR}"
   * rather than a value that may be a secret); {@code reference} when the whole text came from one
   * variable of the environment.
   */
  record Scalar(String text, String raw, boolean isNull, boolean reference, Position at)
      implements YamlNode {
    @Override
    public Scalar mapScalars(UnaryOperator<Scalar> change) {
      return change.apply(this);
    }
  }

  record Sequence(List<YamlNode> items, Position at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public Sequence mapScalars(UnaryOperator<Scalar> change) {
      List<YamlNode> changed = items.stream().map(i -> i.mapScalars(change)).toList();
      for (int i = 0; i < items.size(); i++) {
        if (changed.get(i) != items.get(i)) {
          return new Sequence(changed, at);
        }
      }
      return this;
    }
  }

  record Entry(String key, Position keyAt, YamlNode value) {}

  /** A mapping in the order written. */
  record Mapping(Map<String, Entry> entries, Position at) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static Mapping of(List<Entry> entries, Position at) {
      Map<String, Entry> byKey = new LinkedHashMap<>();
      entries.forEach(e -> byKey.put(e.key(), e));
      return new Mapping(byKey, at);
    }

    @Override
    public Mapping mapScalars(UnaryOperator<Scalar> change) {
      Map<String, Entry> changed = new LinkedHashMap<>();
      boolean same = true;
      for (Entry e : entries.values()) {
        YamlNode value = e.value().mapScalars(change);
        same &= value == e.value();
        changed.put(e.key(), same ? e : new Entry(e.key(), e.keyAt(), value));
      }
      return same ? this : new Mapping(changed, at);
    }

    Collection<Entry> values() {
      return entries.values();
    }

    Optional<YamlNode> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }

    Optional<Entry> entry(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    /** The text of a scalar value; empty when absent or null. */
    Optional<String> text(String key) {
      return get(key).flatMap(YamlNode::asText);
    }

    Optional<Mapping> mapping(String key) {
      return get(key).filter(v -> !isNull(v)).map(v -> expectMapping(v, key));
    }
  }

  /** The text of a non-null scalar. */
  static Optional<String> asText(YamlNode node) {
    return node instanceof Scalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  static boolean isNull(YamlNode node) {
    return node instanceof Scalar s && s.isNull();
  }

  static Mapping expectMapping(YamlNode node, String what) {
    if (node instanceof Mapping m) {
      return m;
    }
    throw new ComposeException(node.at(), what + " must be a mapping");
  }

  static String expectText(YamlNode node, String what) {
    return asText(node)
        .orElseThrow(() -> new ComposeException(node.at(), what + " must be a string or number"));
  }

  /** A list, or a single scalar read as a list of one (as compose accepts for many keys). */
  static List<YamlNode> items(YamlNode node) {
    if (node instanceof Sequence s) {
      return s.items();
    }
    return isNull(node) ? List.of() : List.of(node);
  }
}
