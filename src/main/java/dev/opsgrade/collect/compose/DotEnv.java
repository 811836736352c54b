package dev.opsgrade.collect.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code .env} or env_file as Docker Compose reads it: {@code KEY=value}, {@code export KEY=...},
 * single quotes literal, double quotes with escapes, both over several lines, {@code # comments},
 * {@code ${VAR}} interpolation (the environment first, then the file's earlier keys), and a bare
 * {@code KEY} that passes the variable through from the environment.
 */
final class DotEnv {

  /** One variable: {@code value} empty for a bare key the environment does not define. */
  record Entry(String name, Optional<String> value, boolean reference, int line) {}

  private final Path file;
  private final String text;
  private final Function<String, Optional<String>> outer;
  private final Map<String, String> earlier = new HashMap<>();
  private int pos;
  private int line = 1;

  private DotEnv(Path file, String text, Function<String, Optional<String>> outer) {
    this.file = file;
    this.text = text;
    this.outer = outer;
  }

  static List<Entry> read(Path file, Function<String, Optional<String>> outer) {
    try {
      if (Files.size(file) > YamlLoader.MAX_BYTES) {
        throw new ComposeException(Position.wholeFile(file), "larger than 16 MiB");
      }
      return new DotEnv(file, Files.readString(file, StandardCharsets.UTF_8), outer).entries();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ComposeException(Position.wholeFile(file), "cannot be read as UTF-8 text");
    }
  }

  /** The variables as a map, later keys winning. */
  static Map<String, String> asMap(List<Entry> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    entries.forEach(e -> e.value().ifPresent(v -> map.put(e.name(), v)));
    return map;
  }

  private List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    while (pos < text.length()) {
      skipBlankAndComments();
      if (pos >= text.length()) {
        break;
      }
      int at = line;
      String name = key();
      Entry entry = value(name, at);
      entry.value().ifPresent(v -> earlier.put(name, v));
      entries.add(entry);
    }
    return entries;
  }

  private String key() {
    if (text.startsWith("export ", pos)) {
      pos += "export ".length();
    }
    skipSpaces();
    int start = pos;
    while (pos < text.length() && isKeyChar(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(start, pos);
    skipSpaces();
    char next = pos < text.length() ? text.charAt(pos) : '\n';
    if (name.isEmpty() || (next != '=' && next != ':' && next != '\n' && next != '\r')) {
      throw new ComposeException(
          new Position(file, line, pos - lineStart() + 1), "unexpected character in variable name");
    }
    return name;
  }

  private Entry value(String name, int at) {
    char next = pos < text.length() ? text.charAt(pos) : '\n';
    if (next == '\n' || next == '\r') {
      Optional<String> passed = outer.apply(name);
      return new Entry(name, passed, true, at);
    }
    pos++;
    skipSpaces();
    char first = pos < text.length() ? text.charAt(pos) : '\n';
    if (first == '\'') {
      return new Entry(name, Optional.of(quoted('\'')), false, at);
    }
    Interpolator interpolator = new Interpolator(this::lookup);
    Position where = new Position(file, at, 1);
    String raw = first == '"' ? unescape(quoted('"')) : unquoted();
    Interpolator.Result result = interpolator.apply(raw, where);
    return new Entry(name, Optional.of(result.value()), result.reference(), at);
  }

  private Optional<String> lookup(String name) {
    return outer.apply(name).or(() -> Optional.ofNullable(earlier.get(name)));
  }

  private String quoted(char quote) {
    int start = ++pos;
    while (pos < text.length() && !(text.charAt(pos) == quote && text.charAt(pos - 1) != '\\')) {
      if (text.charAt(pos) == '\n') {
        line++;
      }
      pos++;
    }
    if (pos >= text.length()) {
      throw new ComposeException(new Position(file, line, 1), "unterminated quoted value");
    }
    String value = text.substring(start, pos++);
    skipToLineEnd();
    return value;
  }

  private String unquoted() {
    int start = pos;
    skipToLineEnd();
    String value = text.substring(start, pos).strip();
    int comment = value.indexOf(" #");
    return (comment >= 0 ? value.substring(0, comment) : value).strip();
  }

  private static String unescape(String value) {
    return value
        .replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\r", "\r")
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
  }

  private void skipBlankAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        skipToLineEnd();
      } else if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        return;
      }
    }
  }

  private void skipToLineEnd() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private int lineStart() {
    int start = text.lastIndexOf('\n', Math.max(0, pos - 1));
    return start + 1;
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }
}
