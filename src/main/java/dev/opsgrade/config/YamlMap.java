package dev.opsgrade.config;

import dev.opsgrade.model.inventory.SecretRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * A YAML mapping with typed, position-aware access to its keys. Duplicate keys are problems; merge
 * keys ({@code <<: *anchor}) are applied, with the keys written beside them winning.
 */
final class YamlMap {
  private final YamlNode self;
  private final Map<String, Entry> entries;

  /** A key as written and its value. */
  record Entry(String name, YamlNode key, YamlNode value) {}

  YamlMap(MappingNode mapping, YamlNode self) {
    this.self = self;
    this.entries = new YamlEntries(self).read(mapping);
  }

  String path() {
    return self.path();
  }

  YamlNode node() {
    return self;
  }

  void problem(String message) {
    self.problem(message);
  }

  Map<String, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Optional<YamlNode> get(String key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::value);
  }

  /** Reports every key not in {@code allowed}, suggesting the closest allowed one. */
  void allowKeys(Collection<String> allowed) {
    for (Entry entry : entries.values()) {
      String key = entry.name();
      if (!allowed.contains(key)) {
        Optional<String> hint =
            Suggestions.closest(key, allowed).map(s -> " (did you mean '" + s + "'?)");
        entry.key().problem("unknown key '" + key + "'" + hint.orElse(""));
      }
    }
  }

  void allowKeys(String... allowed) {
    allowKeys(Set.of(allowed));
  }

  <T> Optional<T> get(String key, ScalarType<T> type) {
    return get(key).flatMap(node -> node.as(type));
  }

  <T> T get(String key, ScalarType<T> type, T fallback) {
    return get(key).isPresent() ? get(key, type).orElse(fallback) : fallback;
  }

  /** The value, or a problem at this mapping naming the missing key. */
  <T> Optional<T> required(String key, ScalarType<T> type) {
    if (!has(key)) {
      missing(key);
      return Optional.empty();
    }
    return get(key, type);
  }

  void missing(String key) {
    self.context().problem(self.node(), child(key), "missing: this key is required");
  }

  Optional<YamlMap> map(String key) {
    return get(key).flatMap(YamlNode::map);
  }

  <T> Optional<T> map(String key, Function<YamlMap, T> binder) {
    return map(key).map(binder);
  }

  /** The items of a list of mappings; absent means empty. */
  List<YamlMap> maps(String key) {
    List<YamlMap> maps = new ArrayList<>();
    items(key).forEach(item -> item.map().ifPresent(maps::add));
    return maps;
  }

  /** The values of a list of scalars; absent means empty, bad items are left out. */
  <T> List<T> list(String key, ScalarType<T> type) {
    List<T> values = new ArrayList<>();
    items(key).forEach(item -> item.as(type).ifPresent(values::add));
    return List.copyOf(values);
  }

  List<YamlNode> items(String key) {
    return get(key).flatMap(YamlNode::list).orElse(List.of());
  }

  /** A mapping of names to scalars, such as {@code entrypoints} or {@code instances}. */
  <T> Map<String, T> scalarMap(String key, ScalarType<T> type) {
    Map<String, T> values = new LinkedHashMap<>();
    map(key)
        .ifPresent(
            m ->
                m.entries.forEach(
                    (name, entry) -> entry.value().as(type).ifPresent(v -> values.put(name, v))));
    return Collections.unmodifiableMap(values);
  }

  /** A secret: {@code key: ${VAR}} or {@code key_file: path}, never a literal. */
  Optional<SecretRef> secret(String key) {
    return Secrets.read(this, key);
  }

  Optional<SecretRef> requiredSecret(String key) {
    if (!has(key) && !has(key + "_file")) {
      missing(key);
      return Optional.empty();
    }
    return secret(key);
  }

  String child(String key) {
    return path().isEmpty() ? key : path() + "." + key;
  }
}
