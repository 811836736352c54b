package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of opsgrade: snake_case names, ISO-8601 times, two-space indent, stable
 * order. Evidence bundles and assessments written with it are byte-for-byte reproducible.
 */
public final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .build();

  private Json() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static <T> T fromTree(JsonNode node, Class<T> type) {
    return MAPPER.treeToValue(node, type);
  }

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value) + "\n";
  }
}
