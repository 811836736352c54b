package dev.opsgrade.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/** schema/opsgrade.schema.json, and YAML files as an editor's schema validator sees them. */
final class InventorySchema {
  static final Path FILE = Path.of("schema/opsgrade.schema.json");
  private static final Schema SCHEMA = load();

  private InventorySchema() {}

  static JsonNode tree() {
    try {
      return Json.mapper().readTree(Files.readString(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a YAML file; empty when it is valid. */
  static List<String> errors(Path yaml) {
    return SCHEMA.validate(toJson(yaml)).stream().map(Error::toString).toList();
  }

  /** The YAML as plain data (with ${VAR} allowed unquoted in flow collections, as the loader). */
  static JsonNode toJson(Path yaml) {
    try {
      String text = DollarBraces.protect(Files.readString(yaml));
      Object data = new Load(LoadSettings.builder().build()).loadFromString(text);
      return Json.mapper().valueToTree(restore(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object restore(Object data) {
    if (data instanceof String text) {
      return DollarBraces.restore(text);
    }
    if (data instanceof Map<?, ?> map) {
      Map<Object, Object> restored = new LinkedHashMap<>();
      map.forEach((k, v) -> restored.put(restore(k), restore(v)));
      return merged(restored);
    }
    if (data instanceof List<?> list) {
      List<Object> restored = new ArrayList<>();
      list.forEach(item -> restored.add(restore(item)));
      return restored;
    }
    return data;
  }

  /** Applies merge keys ({@code <<: *anchor}) as the loader and YAML 1.1 editors do. */
  private static Map<Object, Object> merged(Map<Object, Object> map) {
    Object merge = map.remove("<<");
    List<?> sources =
        merge instanceof List<?> list ? list : merge == null ? List.of() : List.of(merge);
    for (Object source : sources) {
      if (source instanceof Map<?, ?> from) {
        from.forEach(map::putIfAbsent);
      }
    }
    return map;
  }

  private static Schema load() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree());
  }
}
