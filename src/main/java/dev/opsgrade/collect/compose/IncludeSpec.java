package dev.opsgrade.collect.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code include} entry: a path, or {@code {path (one or a list), project_directory,
 * env_file}}. Relative paths start at the including file's project directory.
 */
record IncludeSpec(List<Path> paths, Optional<Path> projectDirectory, List<Path> envFiles) {

  static IncludeSpec of(YamlNode entry, Path workingDir) {
    if (entry instanceof YamlNode.Mapping m) {
      List<Path> paths =
          texts(
              m.get("path").orElseThrow(() -> new ComposeException(m.at(), "include needs a path")),
              workingDir);
      if (paths.isEmpty()) {
        throw new ComposeException(m.at(), "include needs a path");
      }
      Optional<Path> project = m.text("project_directory").map(d -> m.at().resolve(workingDir, d));
      List<Path> envFiles = m.get("env_file").map(e -> texts(e, workingDir)).orElse(List.of());
      return new IncludeSpec(paths, project, envFiles);
    }
    String path = YamlNode.expectText(entry, "an include entry");
    return new IncludeSpec(
        List.of(resolve(path, workingDir, entry.at())), Optional.empty(), List.of());
  }

  private static List<Path> texts(YamlNode node, Path workingDir) {
    return YamlNode.items(node).stream()
        .map(i -> resolve(YamlNode.expectText(i, "an include path"), workingDir, i.at()))
        .toList();
  }

  private static Path resolve(String path, Path workingDir, Position at) {
    if (path.isBlank()) {
      throw new ComposeException(at, "an include path is empty");
    }
    return at.resolve(workingDir, path);
  }
}
