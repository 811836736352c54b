package dev.opsgrade.collect.backup;

import dev.opsgrade.model.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading what a backup tool printed: its JSON, and the line of its errors that says most. */
public final class ToolOutput {
  private static final int MAX_DETAIL = 300;

  private ToolOutput() {}

  public static JsonNode json(String output, String what) {
    try {
      return Json.mapper().readTree(output);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage());
    }
  }

  public static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** The first line holding one of {@code markers}, else the last non-blank line, shortened. */
  public static String line(String stderr, String... markers) {
    List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (String marker : markers) {
      for (String line : lines) {
        if (line.contains(marker)) {
          return shorten(line);
        }
      }
    }
    return lines.isEmpty() ? "no message" : shorten(lines.get(lines.size() - 1));
  }

  public static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
  }
}
