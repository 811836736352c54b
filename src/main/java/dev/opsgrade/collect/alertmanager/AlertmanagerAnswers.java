package dev.opsgrade.collect.alertmanager;

import static dev.opsgrade.collect.webapi.JsonFields.text;

import dev.opsgrade.collect.webapi.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Alertmanager's /api/v2/status. Receivers come from the loaded configuration
 * (config.original): only each receiver's name and which *_configs lists it has are kept, never a
 * value, since receiver settings hold passwords and webhook tokens.
 */
final class AlertmanagerAnswers {
  private AlertmanagerAnswers() {}

  static AlertmanagerStatus status(JsonNode status, List<String> receiverNames) {
    JsonNode cluster = status.path("cluster");
    Optional<List<AlertmanagerStatus.Receiver>> configured =
        text(status.path("config"), "original").flatMap(AlertmanagerAnswers::receivers);
    List<AlertmanagerStatus.Receiver> receivers =
        configured.orElseGet(
            () ->
                receiverNames.stream()
                    .map(n -> new AlertmanagerStatus.Receiver(n, List.of(), false))
                    .toList());
    return new AlertmanagerStatus(
        text(status.path("versionInfo"), "version"),
        text(cluster, "status", "unknown"),
        JsonFields.array(cluster, "peers").size(),
        text(status, "uptime"),
        receivers);
  }

  static List<String> receiverNames(JsonNode list) {
    return JsonFields.elements(list).stream().flatMap(r -> text(r, "name").stream()).toList();
  }

  private static Optional<List<AlertmanagerStatus.Receiver>> receivers(String yaml) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    } catch (YamlEngineException e) {
      // an unreadable config.original: fall back to the receiver names of /api/v2/receivers
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> config) || !(config.get("receivers") instanceof List<?> all)) {
      return Optional.empty();
    }
    List<AlertmanagerStatus.Receiver> out = new ArrayList<>();
    for (Object entry : all) {
      if (entry instanceof Map<?, ?> receiver && receiver.get("name") instanceof String name) {
        out.add(new AlertmanagerStatus.Receiver(name, integrations(receiver), true));
      }
    }
    return Optional.of(out);
  }

  private static List<String> integrations(Map<?, ?> receiver) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<?, ?> field : receiver.entrySet()) {
      String key = String.valueOf(field.getKey());
      if (key.endsWith("_configs") && field.getValue() instanceof List<?> list && !list.isEmpty()) {
        out.add(key.substring(0, key.length() - "_configs".length()));
      }
    }
    return out.stream().sorted().toList();
  }
}
