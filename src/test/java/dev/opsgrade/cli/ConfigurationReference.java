package dev.opsgrade.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * docs/configuration.md from schema/opsgrade.schema.json: every property with its type, default,
 * whether it is required and its description, a table per top-level key, then the value types.
 */
final class ConfigurationReference {
  private static final Pattern DEFAULT = Pattern.compile("\\(default:? ([^)]*)\\)");
  private static final String INTERPOLATED = "#/$defs/interpolated";

  private final JsonNode schema;

  ConfigurationReference(JsonNode schema) {
    this.schema = schema;
  }

  String render() {
    StringBuilder out = new StringBuilder("# Configuration reference (opsgrade.yaml)\n\n");
    out.append(
            "<!-- Generated from schema/opsgrade.schema.json by ReferenceDocs: do not edit. -->\n\n")
        .append(text(schema.path("description")))
        .append("\n\nEvery value may be written as `${VAR}` (or `${VAR:-default}`), read from the")
        .append(
            " environment or a `.env` file beside the inventory; secrets are accepted only that")
        .append(" way, or as a `*_file` key. Required keys are marked **yes**.\n\n");
    Set<String> required = names(schema.path("required"));
    for (Map.Entry<String, JsonNode> top : schema.path("properties").properties()) {
      out.append("## `").append(top.getKey()).append("`\n\n");
      out.append(text(top.getValue().path("description"))).append("\n\n");
      out.append("| key | type | default | required | description |\n|---|---|---|---|---|\n");
      List<String> rows = new ArrayList<>();
      rows(top.getKey(), top.getValue(), required.contains(top.getKey()), rows);
      rows.forEach(row -> out.append(row).append('\n'));
      out.append('\n');
    }
    out.append("## Value types\n\n| type | meaning |\n|---|---|\n");
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      out.append("| <a id=\"type-")
          .append(def.getKey().replace('_', '-'))
          .append("\"></a>`")
          .append(def.getKey())
          .append("` | ")
          .append(cell(text(def.getValue().path("description"))))
          .append(" |\n");
    }
    return out.toString();
  }

  private void rows(String path, JsonNode node, boolean required, List<String> rows) {
    rows.add(
        "| `"
            + path
            + "` | "
            + cell(type(node))
            + " | "
            + cell(defaultOf(node))
            + " | "
            + (required ? "**yes**" : "no")
            + " | "
            + cell(text(node.path("description")))
            + " |");
    JsonNode object = node.path("type").asString("").equals("array") ? node.path("items") : node;
    String prefix = object == node ? path : path + "[]";
    Set<String> requiredHere = names(object.path("required"));
    for (Map.Entry<String, JsonNode> child : object.path("properties").properties()) {
      rows(
          prefix + "." + child.getKey(),
          child.getValue(),
          requiredHere.contains(child.getKey()),
          rows);
    }
  }

  /** How a value is written, in words: "list of text", "duration", "integer 1..1000". */
  private String type(JsonNode node) {
    if (node.has("$ref")) {
      String name = node.path("$ref").asString().replace("#/$defs/", "");
      return "[" + name + "](#type-" + name.replace('_', '-') + ")";
    }
    if (node.has("enum")) {
      List<String> values = new ArrayList<>();
      node.path("enum").forEach(v -> values.add("`" + v.asString() + "`"));
      return "one of " + String.join(", ", values);
    }
    if (node.has("anyOf")) {
      List<String> options = new ArrayList<>();
      node.path("anyOf")
          .forEach(
              alternative ->
                  options.add(
                      alternative.path("$ref").asString("").equals(INTERPOLATED)
                          ? "`${VAR}`"
                          : type(alternative)));
      return String.join(" or ", options);
    }
    String type = node.path("type").asString("");
    return switch (type) {
      case "array" -> "list of " + type(node.path("items"));
      case "object" ->
          node.path("additionalProperties").isObject()
              ? "map of name to " + type(node.path("additionalProperties"))
              : "mapping";
      case "integer" -> "integer" + range(node);
      default -> type.isEmpty() ? "value" : type;
    };
  }

  private static String range(JsonNode node) {
    boolean min = node.has("minimum");
    boolean max = node.has("maximum");
    if (min && max) {
      return " " + node.path("minimum").asString() + ".." + node.path("maximum").asString();
    }
    return min ? " >= " + node.path("minimum").asString() : "";
  }

  private static String defaultOf(JsonNode node) {
    if (node.has("default")) {
      return "`" + node.path("default").toString() + "`";
    }
    Matcher matcher = DEFAULT.matcher(text(node.path("description")));
    return matcher.find() ? matcher.group(1) : "-";
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new java.util.LinkedHashSet<>();
    array.forEach(n -> names.add(n.asString()));
    return names;
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.asString() : "";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
