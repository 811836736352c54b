package dev.opsgrade.init;

import dev.opsgrade.collect.compose.ComposeService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service as init looks at it, from a compose file or from a container the engine runs: its
 * image, labels, published ports, mounts and command. Never its environment.
 *
 * @param where how the user finds it: "file:line" or "container NAME"
 * @param baseDirs the folders a relative mount source may be relative to (the file that declares
 *     the service, the project's top-level file), when from a file
 */
record ServiceView(
    String project,
    String name,
    String image,
    Map<String, String> labels,
    List<Published> ports,
    List<Mount> mounts,
    List<String> command,
    String where,
    List<Path> baseDirs) {

  /** A published port: host address as written (empty: all interfaces) and ports. */
  record Published(String hostIp, int hostPort, int containerPort) {}

  /** A bind mount: the host path (absolute, or relative to a base folder) and the target. */
  record Mount(String source, String target) {}

  static ServiceView of(ComposeService service, List<String> command, List<Path> baseDirs) {
    List<Published> ports =
        service.ports().stream()
            .filter(p -> p.hostPortStart().isPresent())
            .map(p -> new Published(p.hostIp(), p.hostPortStart().get(), p.containerPortStart()))
            .toList();
    List<Mount> mounts =
        service.volumes().stream()
            .filter(v -> v.type().equals("bind"))
            .map(v -> new Mount(v.source(), v.target()))
            .toList();
    return new ServiceView(
        service.project(),
        service.service(),
        service.image().orElse(""),
        service.labels(),
        ports,
        mounts,
        command,
        service.file() + ":" + service.line(),
        List.copyOf(baseDirs));
  }

  static ServiceView of(DockerEngine.Container container) {
    return new ServiceView(
        container.label(DockerEngine.PROJECT).orElse(""),
        container.label(DockerEngine.SERVICE).orElse(container.name()),
        container.image(),
        container.labels(),
        container.ports(),
        container.mounts(),
        container.command(),
        "container " + container.name(),
        List.of());
  }

  /**
   * The host path of a mount source: absolute as given; a relative one against the first base
   * folder where it exists (Compose resolves it against one of them, depending on how the file was
   * pulled in), else against the first.
   */
  Optional<Path> hostPath(Mount mount) {
    String source = mount.source();
    if (source.startsWith("/")) {
      return Optional.of(Path.of(source).normalize());
    }
    if (source.startsWith("~") || baseDirs.isEmpty()) {
      return Optional.empty();
    }
    List<Path> candidates = baseDirs.stream().map(d -> d.resolve(source).normalize()).toList();
    return candidates.stream()
        .filter(Files::exists)
        .findFirst()
        .or(() -> Optional.of(candidates.get(0)));
  }
}
