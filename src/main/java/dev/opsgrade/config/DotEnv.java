package dev.opsgrade.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file as Docker Compose does: {@code KEY=value} lines, an optional {@code
 * export}, comments, single quotes (literal), double quotes (escapes and variables) and unquoted
 * values (variables, a trailing {@code " #comment"} dropped). Problems never quote a value.
 */
final class DotEnv {
  private static final Pattern LINE =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*?)\\s*$");

  private DotEnv() {}

  /** The variables of {@code file}, or none when it does not exist. */
  static Map<String, String> read(
      Path file, String label, Map<String, String> environment, Problems problems) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(Problem.ofFile(label, "cannot read: " + e.getClass().getSimpleName()));
      return Map.of();
    }
    return parse(label, lines, environment, problems);
  }

  static Map<String, String> parse(
      String label, List<String> lines, Map<String, String> environment, Problems problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        problems.add(new Problem(label, i + 1, 1, "", "expected KEY=VALUE"));
        continue;
      }
      String key = matcher.group(1);
      Map<String, String> lookup = new HashMap<>(values);
      lookup.putAll(environment);
      try {
        values.put(key, value(matcher.group(2), new Interpolator(lookup)));
      } catch (Interpolator.Failure e) {
        problems.add(new Problem(label, i + 1, matcher.start(2) + 1, key, e.getMessage()));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(label, i + 1, matcher.start(2) + 1, key, e.getMessage()));
      }
    }
    return Collections.unmodifiableMap(values);
  }

  private static String value(String raw, Interpolator interpolator) throws Interpolator.Failure {
    if (raw.startsWith("'")) {
      int end = raw.indexOf('\'', 1);
      requireClosed(end, raw, "'");
      return raw.substring(1, end);
    }
    if (raw.startsWith("\"")) {
      int end = closingDoubleQuote(raw);
      requireClosed(end, raw, "\"");
      return interpolator.interpolate(unescape(raw.substring(1, end)));
    }
    int comment = raw.indexOf(" #");
    String unquoted = comment < 0 ? raw : raw.substring(0, comment).strip();
    return interpolator.interpolate(unquoted);
  }

  private static void requireClosed(int end, String raw, String quote) {
    if (end < 0) {
      throw new IllegalArgumentException(
          "the value opens a " + quote + " quote that is not closed on the same line");
    }
    String after = raw.substring(end + 1).strip();
    if (!after.isEmpty() && !after.startsWith("#")) {
      throw new IllegalArgumentException("text after the closing " + quote + " quote");
    }
  }

  private static int closingDoubleQuote(String raw) {
    for (int i = 1; i < raw.length(); i++) {
      if (raw.charAt(i) == '\\') {
        i++;
      } else if (raw.charAt(i) == '"') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
