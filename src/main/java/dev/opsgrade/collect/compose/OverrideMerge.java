package dev.opsgrade.collect.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Docker Compose's merge of one definition over another (extends, several documents, an include
 * with several paths): mappings merge key by key, {@code command} and {@code entrypoint} and {@code
 * healthcheck.test} are replaced, {@code environment} and {@code labels} merge by key, {@code
 * volumes} by target and {@code secrets} by source, other lists are appended.
 */
final class OverrideMerge {
  private static final Set<String> REPLACED = Set.of("command", "entrypoint", "test");
  private static final Set<String> BY_KEY =
      Set.of("environment", "labels", "annotations", "sysctls", "extra_hosts");

  private OverrideMerge() {}

  static YamlNode.Mapping top(YamlNode.Mapping base, YamlNode.Mapping over) {
    Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(base.entries());
    for (YamlNode.Entry e : over.values()) {
      YamlNode.Entry old = merged.get(e.key());
      if (old != null
          && e.key().equals("services")
          && old.value() instanceof YamlNode.Mapping a
          && e.value() instanceof YamlNode.Mapping b) {
        merged.put(e.key(), new YamlNode.Entry(e.key(), old.keyAt(), services(a, b)));
      } else {
        merged.put(e.key(), old == null ? e : withValue(old, deep(old.value(), e.value())));
      }
    }
    return new YamlNode.Mapping(merged, base.at());
  }

  private static YamlNode.Mapping services(YamlNode.Mapping base, YamlNode.Mapping over) {
    Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(base.entries());
    for (YamlNode.Entry e : over.values()) {
      YamlNode.Entry old = merged.get(e.key());
      boolean bothMaps =
          old != null
              && old.value() instanceof YamlNode.Mapping
              && e.value() instanceof YamlNode.Mapping;
      merged.put(
          e.key(),
          bothMaps
              ? withValue(
                  old, service((YamlNode.Mapping) old.value(), (YamlNode.Mapping) e.value()))
              : e);
    }
    return new YamlNode.Mapping(merged, base.at());
  }

  /** One service over another: {@code over} wins. */
  static YamlNode.Mapping service(YamlNode.Mapping base, YamlNode.Mapping over) {
    Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(base.entries());
    for (YamlNode.Entry e : over.values()) {
      YamlNode.Entry old = merged.get(e.key());
      merged.put(e.key(), old == null ? e : withValue(e, field(e.key(), old.value(), e.value())));
    }
    return new YamlNode.Mapping(merged, over.at());
  }

  private static YamlNode field(String key, YamlNode base, YamlNode over) {
    if (BY_KEY.contains(key)) {
      List<KeyValues.KeyValue> all = new ArrayList<>(KeyValues.read(base, key));
      all.addAll(KeyValues.read(over, key));
      return KeyValues.asMapping(all, over.at());
    }
    return switch (key) {
      case "volumes" -> keyed(base, over, Mounts::target);
      case "secrets", "configs" -> keyed(base, over, Mounts::source);
      default -> REPLACED.contains(key) ? over : deep(base, over);
    };
  }

  private static YamlNode deep(YamlNode base, YamlNode over) {
    if (base instanceof YamlNode.Mapping a && over instanceof YamlNode.Mapping b) {
      Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(a.entries());
      for (YamlNode.Entry e : b.values()) {
        YamlNode.Entry old = merged.get(e.key());
        merged.put(
            e.key(),
            old == null
                ? e
                : withValue(
                    e, REPLACED.contains(e.key()) ? e.value() : deep(old.value(), e.value())));
      }
      return new YamlNode.Mapping(merged, b.at());
    }
    if (base instanceof YamlNode.Sequence a && over instanceof YamlNode.Sequence b) {
      List<YamlNode> items = new ArrayList<>(a.items());
      b.items().stream()
          .filter(i -> a.items().stream().noneMatch(x -> same(x, i)))
          .forEach(items::add);
      return new YamlNode.Sequence(items, b.at());
    }
    return over;
  }

  private static YamlNode keyed(YamlNode base, YamlNode over, Function<YamlNode, String> key) {
    Map<String, YamlNode> byKey = new LinkedHashMap<>();
    YamlNode.items(base).forEach(i -> byKey.put(key.apply(i), i));
    YamlNode.items(over).forEach(i -> byKey.put(key.apply(i), i));
    return new YamlNode.Sequence(List.copyOf(byKey.values()), over.at());
  }

  private static YamlNode.Entry withValue(YamlNode.Entry entry, YamlNode value) {
    return new YamlNode.Entry(entry.key(), entry.keyAt(), value);
  }

  /** Equal content, wherever written. */
  static boolean same(YamlNode a, YamlNode b) {
    return switch (a) {
      case YamlNode.Scalar s ->
          b instanceof YamlNode.Scalar t && s.isNull() == t.isNull() && s.text().equals(t.text());
      case YamlNode.Sequence s ->
          b instanceof YamlNode.Sequence t
              && s.items().size() == t.items().size()
              && java.util.stream.IntStream.range(0, s.items().size())
                  .allMatch(i -> same(s.items().get(i), t.items().get(i)));
      case YamlNode.Mapping m ->
          b instanceof YamlNode.Mapping n
              && m.entries().keySet().equals(n.entries().keySet())
              && m.values().stream()
                  .allMatch(e -> same(e.value(), n.entries().get(e.key()).value()));
    };
  }
}
