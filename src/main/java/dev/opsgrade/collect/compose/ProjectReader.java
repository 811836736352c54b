package dev.opsgrade.collect.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads compose files into services as Docker Compose does: documents merged, extends resolved,
 * {@code include}s read with their own project directory and env_file and imported (a service
 * defined twice differently is an error), top-level secret files collected.
 */
final class ProjectReader {
  /** $VAR or ${VAR} without a default ($$ escapes are not references). */
  private static final Pattern PLAIN_REFERENCE =
      Pattern.compile("(?<!\\$)\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

  /** A service's definition, after extends; {@code at} is where its name is written. */
  record ServiceDef(String name, YamlNode.Mapping definition, Position at) {}

  /** The merged top level of the files read, and every service, included ones too. */
  record Model(YamlNode.Mapping top, Map<String, ServiceDef> services) {}

  private final ReadState state;

  ProjectReader(ReadState state) {
    this.state = state;
  }

  Model load(List<Path> files, Path workingDir, Variables variables, List<Path> chain) {
    YamlNode.Mapping top = YamlNode.Mapping.of(List.of(), Position.wholeFile(files.get(0)));
    for (Path file : files) {
      top = OverrideMerge.top(top, state.parse(file, workingDir, variables));
    }
    Map<String, ServiceDef> services = new Extends(state).resolveAll(servicesOf(top));
    secretFiles(top);
    for (YamlNode entry : top.get("include").map(YamlNode::items).orElse(List.of())) {
      include(entry, workingDir, variables, chain).ifPresent(model -> imports(model, services));
    }
    return new Model(top, services);
  }

  static Map<String, ServiceDef> servicesOf(YamlNode.Mapping top) {
    Map<String, ServiceDef> services = new LinkedHashMap<>();
    Optional<YamlNode.Mapping> all = top.mapping("services");
    for (YamlNode.Entry e : all.map(YamlNode.Mapping::values).orElse(List.of())) {
      YamlNode.Mapping definition =
          YamlNode.isNull(e.value())
              ? YamlNode.Mapping.of(List.of(), e.keyAt())
              : YamlNode.expectMapping(e.value(), "service '" + e.key() + "'");
      services.put(e.key(), new ServiceDef(e.key(), definition, e.keyAt()));
    }
    return services;
  }

  private Optional<Model> include(
      YamlNode entry, Path workingDir, Variables variables, List<Path> chain) {
    IncludeSpec spec = IncludeSpec.of(entry, workingDir);
    for (Path path : spec.paths()) {
      if (!Files.isRegularFile(path)) {
        state.missing(path, entry.at(), unsetVariables(entry, variables));
        return Optional.empty();
      }
      if (chain.contains(path)) {
        throw new ComposeException(
            entry.at(), "include cycle: " + path.getFileName() + " includes itself");
      }
    }
    Path projectDir = spec.projectDirectory().orElse(spec.paths().get(0).getParent());
    Variables own = variables;
    List<Path> envFiles = spec.envFiles();
    if (envFiles.isEmpty() && Files.isRegularFile(projectDir.resolve(".env"))) {
      envFiles = List.of(projectDir.resolve(".env"));
    }
    for (Path envFile : envFiles) {
      if (!Files.isRegularFile(envFile)) {
        state.missing(envFile, entry.at());
        continue;
      }
      own = own.withFallback(DotEnv.asMap(DotEnv.read(envFile, own::lookup)));
    }
    List<Path> deeper = new ArrayList<>(chain);
    deeper.add(spec.paths().get(0));
    return Optional.of(load(spec.paths(), projectDir, own, deeper));
  }

  private static void imports(Model included, Map<String, ServiceDef> services) {
    for (ServiceDef service : included.services().values()) {
      ServiceDef existing = services.get(service.name());
      if (existing != null && !OverrideMerge.same(existing.definition(), service.definition())) {
        throw new ComposeException(
            service.at(),
            "services."
                + service.name()
                + " conflicts with imported resource (also defined in "
                + existing.at().file().getFileName()
                + ")");
      }
      services.putIfAbsent(service.name(), service);
    }
  }

  private void secretFiles(YamlNode.Mapping top) {
    for (YamlNode.Entry e :
        top.mapping("secrets").map(YamlNode.Mapping::values).orElse(List.of())) {
      if (e.value() instanceof YamlNode.Mapping secret && secret.text("file").isPresent()) {
        Path dir = state.context(e.keyAt().file()).workingDir();
        state.secretFile(secret.at().resolve(dir, secret.text("file").get()));
      }
    }
  }

  /** The variables an include entry refers to plainly that have no value: why a path is wrong. */
  private static List<String> unsetVariables(YamlNode entry, Variables variables) {
    Set<String> unset = new TreeSet<>();
    entry.mapScalars(
        scalar -> {
          Matcher reference = PLAIN_REFERENCE.matcher(scalar.raw());
          while (reference.find()) {
            String name = reference.group(1) != null ? reference.group(1) : reference.group(2);
            if (variables.lookup(name).filter(v -> !v.isEmpty()).isEmpty()) {
              unset.add(name);
            }
          }
          return scalar;
        });
    return List.copyOf(unset);
  }
}
