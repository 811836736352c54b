package dev.opsgrade.collect.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code environment}, {@code labels} and the like, written as a mapping ({@code KEY: value}) or a
 * list ({@code - KEY=value}, {@code - KEY} for a value passed through). Later keys win.
 */
final class KeyValues {

  /** One key; {@code value} empty when none is written ({@code KEY:} or {@code - KEY}). */
  record KeyValue(String name, Optional<YamlNode.Scalar> value, Position at) {}

  private KeyValues() {}

  static List<KeyValue> read(YamlNode node, String what) {
    Map<String, KeyValue> byName = new LinkedHashMap<>();
    for (KeyValue kv : readAll(node, what)) {
      byName.remove(kv.name());
      byName.put(kv.name(), kv);
    }
    return List.copyOf(byName.values());
  }

  private static List<KeyValue> readAll(YamlNode node, String what) {
    List<KeyValue> all = new ArrayList<>();
    switch (node) {
      case YamlNode.Mapping m -> {
        for (YamlNode.Entry e : m.values()) {
          all.add(new KeyValue(e.key(), scalarOrNull(e.value(), what + "." + e.key()), e.keyAt()));
        }
      }
      case YamlNode.Sequence s -> {
        for (YamlNode item : s.items()) {
          all.add(assignment(item, what));
        }
      }
      case YamlNode.Scalar scalar when scalar.isNull() -> {}
      default -> throw new ComposeException(node.at(), what + " must be a mapping or a list");
    }
    return all;
  }

  private static Optional<YamlNode.Scalar> scalarOrNull(YamlNode value, String what) {
    if (value instanceof YamlNode.Scalar s) {
      return s.isNull() ? Optional.empty() : Optional.of(s);
    }
    throw new ComposeException(value.at(), what + " must be a string, number, boolean or null");
  }

  private static KeyValue assignment(YamlNode item, String what) {
    if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
      throw new ComposeException(item.at(), "each item of " + what + " must be KEY=value");
    }
    int equals = s.text().indexOf('=');
    if (equals < 0) {
      return new KeyValue(s.text().strip(), Optional.empty(), s.at());
    }
    YamlNode.Scalar value =
        new YamlNode.Scalar(
            s.text().substring(equals + 1),
            s.raw().substring(s.raw().indexOf('=') + 1),
            false,
            s.reference(),
            s.at());
    return new KeyValue(s.text().substring(0, equals), Optional.of(value), s.at());
  }

  /** The keys as a mapping (the form merges work on). */
  static YamlNode.Mapping asMapping(List<KeyValue> values, Position at) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    for (KeyValue kv : values) {
      YamlNode value = kv.value().isPresent() ? kv.value().get() : nullAt(kv.at());
      entries.add(new YamlNode.Entry(kv.name(), kv.at(), value));
    }
    return YamlNode.Mapping.of(entries, at);
  }

  private static YamlNode.Scalar nullAt(Position at) {
    return new YamlNode.Scalar("", "", true, false, at);
  }
}
