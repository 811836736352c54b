package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema shipped for editors: valid files pass, invalid ones fail, and it is documented.
 */
class InventorySchemaTest {
  static final Path RESOURCES = Path.of("src/test/resources/config");

  /** Every valid test inventory, and every examples/**\/opsgrade.yaml of the project. */
  static List<Path> validInventories() throws IOException {
    List<Path> files = new ArrayList<>(InventorySchema.yamlFiles(RESOURCES.resolve("valid")));
    files.add(ProductExampleTest.EXAMPLE);
    Path examples = Path.of("examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> found = Files.walk(examples)) {
        found
            .filter(f -> f.getFileName().toString().equals("opsgrade.yaml"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  static List<Path> invalidInventories() {
    return InventorySchema.yamlFiles(RESOURCES.resolve("invalid"));
  }

  @ParameterizedTest
  @MethodSource("validInventories")
  void validInventoryPasses(Path file) {
    assertThat(InventorySchema.errors(file)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidInventories")
  void invalidInventoryFails(Path file) {
    assertThat(InventorySchema.errors(file)).as(file.toString()).isNotEmpty();
  }

  @Test
  void everyPropertyIsDescribedAndEveryObjectClosed() {
    List<String> faults = new ArrayList<>();
    walk(InventorySchema.tree(), "#", faults);
    assertThat(faults).isEmpty();
  }

  @Test
  void patternsAreTheLoaders() {
    JsonNode defs = InventorySchema.tree().get("$defs");
    Map<String, String> loader =
        Map.of(
            "duration", Formats.DURATION,
            "percent", Formats.PERCENT,
            "http_url", Formats.HTTP_URL,
            "docker_url", Formats.DOCKER_URL,
            "listen", Formats.LISTEN,
            "resolver", Formats.RESOLVER,
            "jdbc_url", Formats.JDBC_URL);
    loader.forEach(
        (def, pattern) ->
            assertThat(defs.get(def).get("anyOf").get(0).get("pattern").asString())
                .as(def)
                .isEqualTo(pattern));
    assertThat(defs.get("secret_reference").get("pattern").asString()).isEqualTo(Secrets.REFERENCE);
  }

  @Test
  void topLevelKeysAreTheLoaders() {
    List<String> keys = new ArrayList<>();
    InventorySchema.tree().get("properties").propertyNames().forEach(keys::add);
    assertThat(keys).containsExactlyElementsOf(InventoryBinder.KEYS);
  }

  private static void walk(JsonNode node, String at, List<String> faults) {
    if (node.isObject() && node.has("properties")) {
      if (!node.has("additionalProperties") || node.get("additionalProperties").asBoolean(true)) {
        faults.add(at + ": additionalProperties is not false");
      }
      node.get("properties")
          .properties()
          .forEach(
              property -> {
                if (!property.getValue().has("description")) {
                  faults.add(at + "/" + property.getKey() + ": no description");
                }
              });
    }
    if (node.isObject()) {
      node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), faults));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, faults);
      }
    }
  }
}
