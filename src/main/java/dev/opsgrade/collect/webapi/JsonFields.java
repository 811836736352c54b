package dev.opsgrade.collect.webapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reading of API answers: a field that is missing, null or of another type reads as empty,
 * never as an exception, because remote systems add, drop and retype fields between versions.
 */
public final class JsonFields {
  /** Go's zero time, which Prometheus and Alertmanager send for "never". */
  private static final Instant GO_ZERO = Instant.parse("0001-01-01T00:00:00Z");

  private JsonFields() {}

  /** A scalar field as text (numbers and booleans too). */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull()
        ? Optional.of(value.asString())
        : Optional.empty();
  }

  public static String text(JsonNode node, String field, String otherwise) {
    return text(node, field).orElse(otherwise);
  }

  public static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }

  public static Optional<Double> number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? Optional.of(value.doubleValue()) : Optional.empty();
  }

  /** An RFC 3339 time; Go's zero time and unparseable text read as empty. */
  public static Optional<Instant> time(JsonNode node, String field) {
    return text(node, field).flatMap(JsonFields::parseTime);
  }

  public static Optional<Instant> parseTime(String text) {
    try {
      Instant at = OffsetDateTime.parse(text).toInstant();
      return at.equals(GO_ZERO) || at.isBefore(GO_ZERO.plusSeconds(86400))
          ? Optional.empty()
          : Optional.of(at);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The array at {@code field}; anything else reads as no elements. */
  public static List<JsonNode> array(JsonNode node, String field) {
    return elements(node.path(field));
  }

  public static List<JsonNode> elements(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray()) {
      node.values().forEach(out::add);
    }
    return out;
  }

  /** A flat object of scalars (labels, flags), sorted by key. */
  public static Map<String, String> strings(JsonNode node, String field) {
    Map<String, String> out = new TreeMap<>();
    JsonNode object = node.path(field);
    if (object.isObject()) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
          out.put(entry.getKey(), entry.getValue().asString());
        }
      }
    }
    return out;
  }
}
