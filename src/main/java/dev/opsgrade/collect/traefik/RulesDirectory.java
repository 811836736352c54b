package dev.opsgrade.collect.traefik;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Traefik's file-provider directory as the proxy does: every .yml, .yaml and .toml file below
 * it, Go templates of the form {{ env "NAME" }} rendered first (Traefik renders templates before
 * parsing), then the http routers, middlewares and services, each with the line it starts at. A
 * file that does not parse is reported with file:line:column and the others are still read.
 */
public final class RulesDirectory {
  private static final Pattern ENV_TEMPLATE =
      Pattern.compile("\\{\\{-?\\s*env\\s+\"([^\"]*)\"\\s*-?}}");
  private static final int MAX_FILES = 1000;
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final ObjectMapper TOML = TomlMapper.builder().build();

  /** One router, middleware or service as read, with where it was read. */
  public record Entry<T>(T record, String file, int line) {}

  /** A file that could not be read, and where in it. */
  public record Problem(String file, int line, int column, String message) {}

  public record Read(
      List<String> files,
      List<Entry<TraefikRouter>> routers,
      List<Entry<TraefikMiddleware>> middlewares,
      List<Entry<TraefikService>> services,
      List<Problem> problems) {}

  private RulesDirectory() {}

  /**
   * @param display how a path is shown (relative to the inventory)
   */
  public static Read read(
      Path directory,
      Map<String, String> environment,
      java.util.function.Function<Path, String> display)
      throws IOException {
    return read(directory, name -> Optional.ofNullable(environment.get(name)), display);
  }

  /**
   * @param variables a variable's value for {{ env "NAME" }} (the environment, then .env)
   */
  public static Read read(
      Path directory, Function<String, Optional<String>> variables, Function<Path, String> display)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(RulesDirectory::isRulesFile)
              .sorted()
              .limit(MAX_FILES)
              .toList();
    }
    Read read =
        new Read(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (Path file : files) {
      String shown = display.apply(file);
      read.files().add(shown);
      readFile(file, shown, variables, read);
    }
    return read;
  }

  private static boolean isRulesFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".toml");
  }

  private static void readFile(
      Path file, String shown, Function<String, Optional<String>> variables, Read into) {
    String text;
    try {
      String written = Files.readString(file, StandardCharsets.UTF_8);
      unsetVariables(written, shown, variables, into);
      text = render(written, name -> variables.apply(name).orElse(""));
    } catch (IOException e) {
      into.problems().add(new Problem(shown, 1, 1, "cannot be read: " + e.getMessage()));
      return;
    }
    boolean toml = shown.toLowerCase(Locale.ROOT).endsWith(".toml");
    JsonNode root;
    try {
      root = (toml ? TOML : YAML).readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      into.problems()
          .add(
              new Problem(
                  shown,
                  line,
                  column,
                  "not valid " + (toml ? "TOML" : "YAML") + ": " + e.getOriginalMessage()));
      return;
    }
    if (root == null || !root.isObject()) {
      return;
    }
    JsonNode http = Nodes.field(root, "http");
    String[] lines = text.split("\n", -1);
    Nodes.field(http, "routers")
        .properties()
        .forEach(
            e ->
                into.routers()
                    .add(
                        new Entry<>(
                            DynamicConfig.router(
                                e.getKey(), "file", ConfigSource.FILE, e.getValue()),
                            shown,
                            lineOf(lines, "routers", e.getKey(), toml))));
    Nodes.field(http, "middlewares")
        .properties()
        .forEach(
            e ->
                into.middlewares()
                    .add(
                        new Entry<>(
                            DynamicConfig.middleware(
                                e.getKey(), "file", ConfigSource.FILE, e.getValue()),
                            shown,
                            lineOf(lines, "middlewares", e.getKey(), toml))));
    Nodes.field(http, "services")
        .properties()
        .forEach(
            e ->
                into.services()
                    .add(
                        new Entry<>(
                            DynamicConfig.service(
                                e.getKey(), "file", ConfigSource.FILE, e.getValue()),
                            shown,
                            lineOf(lines, "services", e.getKey(), toml))));
  }

  /** {{ env "NAME" }} becomes the variable's value, or nothing when unset, as in Traefik. */
  static String render(String text, Map<String, String> environment) {
    return render(text, name -> environment.getOrDefault(name, ""));
  }

  static String render(String text, Function<String, String> value) {
    Matcher m = ENV_TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A {{ env "NAME" }} without a value where opsgrade runs renders empty, as in Traefik, and makes
   * hosts like "dash." that no one serves: say so at the template, and read the file anyway.
   */
  private static void unsetVariables(
      String text, String shown, Function<String, Optional<String>> variables, Read into) {
    Matcher m = ENV_TEMPLATE.matcher(text);
    while (m.find()) {
      if (variables.apply(m.group(1)).filter(v -> !v.isEmpty()).isEmpty()) {
        String before = text.substring(0, m.start());
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = m.start() - before.lastIndexOf('\n');
        into.problems()
            .add(
                new Problem(
                    shown,
                    line,
                    column,
                    m.group(1)
                        + " is not set where opsgrade runs (Traefik takes it from its own"
                        + " environment), so this template renders empty: set it in the"
                        + " environment or in .env beside the inventory"));
      }
    }
  }

  /** The line where {@code name} is declared under {@code section} (1 when not found). */
  private static int lineOf(String[] lines, String section, String name, boolean toml) {
    Pattern declared =
        toml
            ? Pattern.compile(
                "^\\s*\\[\\s*http\\." + section + "\\.\"?" + Pattern.quote(name) + "\"?\\s*]")
            : Pattern.compile("^\\s*[\"']?" + Pattern.quote(name) + "[\"']?\\s*:");
    int sectionLine = 0;
    Pattern sectionStart = Pattern.compile("^\\s*" + section + "\\s*:");
    for (int i = 0; i < lines.length && !toml; i++) {
      if (sectionStart.matcher(lines[i]).find()) {
        sectionLine = i;
        break;
      }
    }
    for (int i = sectionLine; i < lines.length; i++) {
      if (declared.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 1;
  }
}
