package dev.opsgrade.collect.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one read of a compose project has gathered: every file read, with the folder its relative
 * paths start from and the variables it was interpolated with; files referred to but missing; the
 * secret files declared.
 */
final class ReadState {

  /** How a file was read: relative paths start at {@code workingDir}. */
  record FileContext(Path workingDir, Variables variables) {}

  /** A file referred to but absent; {@code unset}: variables of its reference that are unset. */
  record Missing(Path path, Position referencedAt, List<String> unset) {}

  private final Map<Path, FileContext> contexts = new HashMap<>();
  private final Map<Path, YamlNode.Mapping> parsed = new HashMap<>();
  private final Set<Path> files = new LinkedHashSet<>();
  private final Set<Path> secretFiles = new LinkedHashSet<>();
  private final List<Missing> missing = new ArrayList<>();

  /** Parses and interpolates a file (all its documents merged), once per read. */
  YamlNode.Mapping parse(Path file, Path workingDir, Variables variables) {
    YamlNode.Mapping known = parsed.get(file);
    if (known != null) {
      return known;
    }
    contexts.put(file, new FileContext(workingDir, variables));
    files.add(file);
    Interpolator interpolator = new Interpolator(variables);
    YamlNode.Mapping top = YamlNode.Mapping.of(List.of(), Position.wholeFile(file));
    for (YamlNode document : YamlLoader.load(file)) {
      if (YamlNode.isNull(document)) {
        continue;
      }
      YamlNode interpolated =
          Interpolation.document(
              YamlNode.expectMapping(document, "a compose file's top level"), interpolator);
      top = OverrideMerge.top(top, (YamlNode.Mapping) interpolated);
    }
    parsed.put(file, top);
    return top;
  }

  FileContext context(Path file) {
    FileContext context = contexts.get(file);
    if (context == null) {
      throw new IllegalStateException("no context for a file never read: " + file);
    }
    return context;
  }

  void missing(Path path, Position referencedAt) {
    missing(path, referencedAt, List.of());
  }

  void missing(Path path, Position referencedAt, List<String> unset) {
    missing.add(new Missing(path, referencedAt, List.copyOf(unset)));
  }

  void secretFile(Path path) {
    secretFiles.add(path);
  }

  List<Path> files() {
    return List.copyOf(files);
  }

  List<Path> secretFiles() {
    return List.copyOf(secretFiles);
  }

  List<Missing> missing() {
    return List.copyOf(missing);
  }
}
