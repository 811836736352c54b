package dev.opsgrade.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The {@code command:} of each service of one compose file, read as written (the compose facts
 * leave commands out). Only flags such as --api.insecure and --providers.file.directory are read
 * from it; a file that cannot be read gives no commands.
 */
final class ComposeCommands {
  private ComposeCommands() {}

  static Map<String, List<String>> of(Path file) {
    Map<String, List<String>> commands = new HashMap<>();
    try {
      Object root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
      if (root instanceof Map<?, ?> top && top.get("services") instanceof Map<?, ?> services) {
        services.forEach(
            (name, service) -> {
              if (service instanceof Map<?, ?> body && body.get("command") != null) {
                commands.put(String.valueOf(name), words(body.get("command")));
              }
            });
      }
    } catch (IOException | YamlEngineException | ClassCastException e) {
      // the compose reader reports a broken file with its position; init only guesses less
    }
    return commands;
  }

  private static List<String> words(Object command) {
    if (command instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(command).trim().split("\\s+"));
  }
}
