package dev.opsgrade.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a required name and reports a second use of the same name, with the first one's line. */
final class Unique {
  private final String what;
  private final Map<String, Integer> firstLine = new HashMap<>();

  Unique(String what) {
    this.what = what;
  }

  Optional<String> check(YamlMap item, String key) {
    Optional<String> name = item.required(key, Types.TEXT);
    if (name.isPresent()) {
      YamlNode node = item.get(key).orElseThrow();
      Integer first = firstLine.putIfAbsent(name.get(), node.line());
      if (first != null) {
        node.problem("duplicate " + what + " '" + name.get() + "' (first at line " + first + ")");
      }
    }
    return name;
  }

  boolean contains(String name) {
    return firstLine.containsKey(name);
  }
}
