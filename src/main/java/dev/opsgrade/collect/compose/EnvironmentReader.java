package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ComposeService.EnvVar;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import dev.opsgrade.collect.compose.ProjectReader.ServiceDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A service's environment as the container gets it: the {@code env_file}s in order, then {@code
 * environment} over them. Only the shape of each value is kept (see {@link EnvVar}).
 */
final class EnvironmentReader {
  /**
   * What {@code $${VAR}} or {@code $$VAR} leaves: a reference the container's shell or entrypoint
   * expands at run time, not a literal value (and so not a secret written in the file).
   */
  private static final Pattern ESCAPED_REFERENCE =
      Pattern.compile("\\$(\\{[A-Za-z_][A-Za-z0-9_]*}|[A-Za-z_][A-Za-z0-9_]*)");

  private final ReadState state;
  private final Function<Path, String> display;

  EnvironmentReader(ReadState state, Function<Path, String> display) {
    this.state = state;
    this.display = display;
  }

  List<EnvVar> read(ServiceDef service) {
    Map<String, EnvVar> vars = new LinkedHashMap<>();
    YamlNode.Mapping definition = service.definition();
    for (YamlNode item : definition.get("env_file").map(YamlNode::items).orElse(List.of())) {
      envFile(item).forEach(v -> vars.put(v.name(), v));
    }
    Path own = service.at().file();
    YamlNode environment = definition.get("environment").orElse(null);
    List<KeyValues.KeyValue> written =
        environment == null ? List.of() : KeyValues.read(environment, "environment");
    for (KeyValues.KeyValue kv : written) {
      Path file = kv.at().file();
      Optional<String> where =
          file.equals(own) ? Optional.empty() : Optional.of(display.apply(file));
      EnvVar var =
          kv.value().isEmpty()
              ? shape(kv.name(), passedThrough(kv.name(), file), true, kv.at().line(), where)
              : shape(
                  kv.name(),
                  kv.value().get().text(),
                  kv.value().get().reference(),
                  kv.at().line(),
                  where);
      vars.remove(kv.name());
      vars.put(kv.name(), var);
    }
    return List.copyOf(vars.values());
  }

  private List<EnvVar> envFile(YamlNode item) {
    String written;
    boolean required = true;
    if (item instanceof YamlNode.Mapping m) {
      written =
          m.text("path").orElseThrow(() -> new ComposeException(m.at(), "env_file needs a path"));
      required = m.text("required").map(Booleans::parse).orElse(true);
    } else {
      written = YamlNode.expectText(item, "env_file");
    }
    ReadState.FileContext context = state.context(item.at().file());
    Path path = item.at().resolve(context.workingDir(), written);
    if (!Files.isRegularFile(path)) {
      if (required) {
        state.missing(path, item.at());
      }
      return List.of();
    }
    Optional<String> where = Optional.of(display.apply(path));
    return DotEnv.read(path, context.variables()::lookup).stream()
        .map(e -> shape(e.name(), e.value().orElse(""), e.reference(), e.line(), where))
        .map(
            v ->
                new EnvVar(
                    v.name(),
                    v.kind(),
                    v.length(),
                    v.entropy(),
                    v.fingerprint(),
                    v.line(),
                    v.file(),
                    true))
        .toList();
  }

  private String passedThrough(String name, Path file) {
    return state.context(file).variables().lookup(name).orElse("");
  }

  private static EnvVar shape(
      String name, String value, boolean reference, int line, Optional<String> file) {
    ValueKind kind =
        reference || ESCAPED_REFERENCE.matcher(value).matches()
            ? ValueKind.REFERENCE
            : value.isEmpty() ? ValueKind.EMPTY : ValueKind.LITERAL;
    ValueShape shape = ValueShape.of(value);
    return new EnvVar(name, kind, shape.length(), shape.entropy(), shape.fingerprint(), line, file);
  }
}
