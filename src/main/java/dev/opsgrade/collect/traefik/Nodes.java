package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reads of API and file trees: keys are matched without regard to case, as Traefik does.
 */
final class Nodes {
  private Nodes() {}

  static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return tools.jackson.databind.node.MissingNode.getInstance();
    }
    for (var entry : node.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return tools.jackson.databind.node.MissingNode.getInstance();
  }

  static Optional<String> text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return value.isValueNode() && !value.isNull()
        ? Optional.of(value.asString())
        : Optional.empty();
  }

  static String text(JsonNode node, String name, String fallback) {
    return text(node, name).orElse(fallback);
  }

  /** A list of strings; a scalar counts as a list of one, a comma list (labels) as its parts. */
  static List<String> strings(JsonNode node, String name) {
    JsonNode value = field(node, name);
    List<String> result = new ArrayList<>();
    if (value.isArray()) {
      value
          .values()
          .forEach(
              v -> {
                if (v.isValueNode() && !v.isNull()) {
                  result.add(v.asString().trim());
                }
              });
    } else if (value.isValueNode() && !value.isNull()) {
      for (String part : value.asString().split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return List.copyOf(result);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
