package dev.opsgrade.collect.borg;

import dev.opsgrade.collect.backup.ToolOutput;
import dev.opsgrade.model.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A message of borg's --log-json output: its id ("LockTimeout") and its text. */
record BorgMessage(String msgid, String level, String message) {

  static List<BorgMessage> parse(String stderr) {
    List<BorgMessage> messages = new ArrayList<>();
    for (String line : stderr.lines().toList()) {
      if (!line.startsWith("{")) {
        if (!line.isBlank()) {
          messages.add(new BorgMessage("", "", line.strip()));
        }
        continue;
      }
      try {
        JsonNode node = Json.mapper().readTree(line);
        messages.add(
            new BorgMessage(
                node.path("msgid").asText(""),
                node.path("levelname").asText(""),
                node.path("message").asText("")));
      } catch (tools.jackson.core.JacksonException e) {
        messages.add(new BorgMessage("", "", line.strip()));
      }
    }
    return messages;
  }

  static boolean has(List<BorgMessage> messages, String msgid) {
    return messages.stream().anyMatch(m -> m.msgid().equals(msgid));
  }

  static String text(List<BorgMessage> messages, String msgid) {
    return messages.stream()
        .filter(m -> m.msgid().equals(msgid))
        .map(m -> ToolOutput.shorten(m.message()))
        .findFirst()
        .orElse(msgid);
  }

  /** The first error borg logged, else its last words (a traceback ends with the exception). */
  static String firstError(List<BorgMessage> messages) {
    return messages.stream()
        .filter(m -> m.level().equals("ERROR") || m.level().equals("CRITICAL"))
        .map(m -> ToolOutput.shorten(m.message()))
        .findFirst()
        .orElse(
            messages.isEmpty()
                ? "no message"
                : ToolOutput.shorten(messages.get(messages.size() - 1).message()));
  }
}
