package dev.opsgrade.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Traefik's API URL and file-provider rules folder, from one Traefik service: its router labels (a
 * router serving api@internal), its flags (--api.insecure with port 8080 published,
 * --providers.file.directory) or its mounted static configuration, and its bind mounts.
 */
final class TraefikFinder {
  private static final String API_SERVICE = "api@internal";
  private static final String FILE_DIRECTORY = "--providers.file.directory=";

  private TraefikFinder() {}

  record Found(Optional<Suggestion> api, Optional<Path> rulesDir, String where) {}

  static Found find(ServiceView traefik) {
    return new Found(api(traefik), rulesDir(traefik), traefik.where());
  }

  private static Optional<Suggestion> api(ServiceView traefik) {
    Optional<Suggestion> routed = Urls.routed(traefik, Optional.of(API_SERVICE));
    if (routed.isPresent()) {
      return routed;
    }
    boolean insecure =
        traefik.command().stream()
            .anyMatch(a -> a.equals("--api.insecure") || a.equals("--api.insecure=true"));
    if (insecure) {
      return Urls.published(traefik, Role.TRAEFIK.port())
          .or(() -> Optional.of(Urls.of(traefik, Role.TRAEFIK.port())));
    }
    boolean api = traefik.command().stream().anyMatch(a -> a.startsWith("--api"));
    return api
        ? Optional.of(
            new Suggestion(
                "http://" + traefik.name() + ":" + Role.TRAEFIK.port(),
                "the API is enabled by " + traefik.where() + " but neither routed nor published",
                false))
        : Optional.empty();
  }

  private static Optional<Path> rulesDir(ServiceView traefik) {
    Optional<String> directory =
        traefik.command().stream()
            .filter(a -> a.startsWith(FILE_DIRECTORY))
            .map(a -> a.substring(FILE_DIRECTORY.length()))
            .findFirst()
            .or(() -> staticConfigDirectory(traefik));
    if (directory.isPresent()) {
      return onHost(traefik, directory.get());
    }
    return traefik.mounts().stream()
        .filter(m -> m.target().contains("rules") || m.target().contains("dynamic"))
        .findFirst()
        .flatMap(traefik::hostPath);
  }

  /** The host path of a path inside the container, through the mount that holds it. */
  private static Optional<Path> onHost(ServiceView traefik, String inContainer) {
    String wanted = inContainer.endsWith("/") ? inContainer : inContainer + "/";
    return traefik.mounts().stream()
        .filter(m -> wanted.startsWith(m.target().endsWith("/") ? m.target() : m.target() + "/"))
        .findFirst()
        .flatMap(
            m ->
                traefik
                    .hostPath(m)
                    .map(
                        source ->
                            source.resolve(
                                inContainer
                                    .substring(m.target().length())
                                    .replaceFirst("^/", ""))));
  }

  /** providers.file.directory of a mounted traefik.yml, when the file is on this machine. */
  @SuppressWarnings("unchecked")
  private static Optional<String> staticConfigDirectory(ServiceView traefik) {
    for (ServiceView.Mount mount : traefik.mounts()) {
      if (!mount.target().matches(".*/traefik\\.ya?ml$")) {
        continue;
      }
      Optional<Path> file = traefik.hostPath(mount).filter(Files::isRegularFile);
      if (file.isEmpty()) {
        continue;
      }
      try {
        Object root =
            new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file.get()));
        if (root instanceof Map<?, ?> top
            && top.get("providers") instanceof Map<?, ?> providers
            && providers.get("file") instanceof Map<?, ?> fileProvider
            && fileProvider.get("directory") instanceof String directory) {
          return Optional.of(directory);
        }
      } catch (IOException | YamlEngineException e) {
        // an unreadable static configuration only means one clue less
      }
    }
    return Optional.empty();
  }
}
