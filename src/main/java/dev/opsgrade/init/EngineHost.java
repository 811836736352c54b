package dev.opsgrade.init;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The host of the local Docker Engine: its endpoint and the compose files of its projects. */
final class EngineHost {
  private EngineHost() {}

  /** The host; the compose files it takes are added to {@code claimed} (absolute paths). */
  static Discovery.Host of(DockerEngine engine, Path root, Set<Path> claimed) {
    List<Discovery.ComposeEntry> compose = new ArrayList<>();
    for (DockerEngine.ComposeProject project : engine.projects()) {
      String comment =
          "project "
              + project.name()
              + ": "
              + project.running()
              + " of "
              + project.members().size()
              + " containers running";
      for (String file : project.configFiles()) {
        Path path = Path.of(file).normalize();
        if (!path.isAbsolute() || !claimed.add(path)) {
          continue;
        }
        boolean exists = Files.isRegularFile(path);
        compose.add(
            new Discovery.ComposeEntry(
                Paths.display(root, path),
                exists ? comment : comment + "; the file is not on this machine",
                exists));
        comment = "";
      }
    }
    String summary =
        "the Docker Engine at "
            + engine.endpoint()
            + " answered: "
            + engine.containers().size()
            + " containers ("
            + engine.running()
            + " running), "
            + engine.projects().size()
            + (engine.projects().size() == 1 ? " compose project" : " compose projects");
    return new Discovery.Host(
        engine.name(),
        Optional.of(engine.endpoint()),
        summary,
        List.copyOf(compose),
        Optional.of(engine.running()));
  }
}
