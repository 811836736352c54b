package dev.opsgrade.init;

import dev.opsgrade.collect.compose.ComposeReader;
import dev.opsgrade.collect.compose.ComposeService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Looks around a folder for what an inventory needs: compose files (grouped into hosts), the local
 * Docker Engine and its compose projects, Traefik, Authelia and the monitoring services among the
 * services, the git repositories and the docs folder. Reads only; never reads an environment value.
 */
final class Discoverer {
  private final Map<String, String> environment;
  private final DockerEngineProbe probe;

  Discoverer(Map<String, String> environment, Duration dockerTimeout) {
    this.environment = Map.copyOf(environment);
    this.probe = new DockerEngineProbe(dockerTimeout);
  }

  Discovery discover(Path dir, Optional<String> dockerEndpoint) {
    Path root = dir.toAbsolutePath().normalize();
    DockerEngineProbe.Result engine =
        probe.probe(DockerEngineProbe.endpoint(dockerEndpoint, environment));
    List<ComposeFiles.FileHost> fileHosts = ComposeFiles.hosts(root);
    Map<Path, ComposeReader.ComposeRead> reads = new LinkedHashMap<>();
    ComposeReader reader = new ComposeReader(environment, p -> Paths.display(root, p));
    fileHosts.forEach(h -> h.files().forEach(f -> reads.put(f, reader.read(h.name(), f))));
    List<Discovery.Host> hosts = new ArrayList<>();
    Set<Path> claimed = new HashSet<>();
    if (engine instanceof DockerEngineProbe.Answered answered) {
      hosts.add(EngineHost.of(answered.engine(), root, claimed));
      claimed.stream()
          .filter(f -> Files.isRegularFile(f) && !reads.containsKey(f))
          .forEach(f -> reads.put(f, reader.read(answered.engine().name(), f)));
    }
    Set<Path> included = included(root, reads.values());
    for (ComposeFiles.FileHost fileHost : fileHosts) {
      List<Discovery.ComposeEntry> files =
          fileHost.files().stream()
              .filter(f -> !claimed.contains(f) && !included.contains(f))
              .map(f -> new Discovery.ComposeEntry(Paths.display(root, f), "", true))
              .toList();
      if (!files.isEmpty()) {
        String name = unique(fileHost.name(), hosts);
        hosts.add(
            new Discovery.Host(
                name,
                Optional.empty(),
                "found in " + files.get(0).path(),
                files,
                Optional.empty()));
      }
    }
    List<ServiceView> services = services(root, reads, engine);
    return new Discovery(
        root.getFileName() == null ? "estate" : root.getFileName().toString(),
        root,
        engine,
        List.copyOf(hosts),
        best(services, Role.TRAEFIK, Discoverer::traefikClues).map(t -> traefik(root, t)),
        best(services, Role.AUTHELIA, a -> AutheliaFinder.find(root, a).clues())
            .map(a -> AutheliaFinder.find(root, a)),
        monitoring(services),
        Paths.repos(root, fileHosts),
        Paths.docs(root),
        unreadable(reads.values()));
  }

  /** Compose files that Docker Compose would refuse, with the error at its file:line:column. */
  private static List<String> unreadable(Iterable<ComposeReader.ComposeRead> reads) {
    List<String> problems = new ArrayList<>();
    for (ComposeReader.ComposeRead read : reads) {
      read.file().error().ifPresent(e -> problems.add(read.file().file() + ": " + e));
      if (!read.file().missingFiles().isEmpty()) {
        problems.add(
            read.file().file() + ": missing " + String.join(", ", read.file().missingFiles()));
      }
    }
    return List.copyOf(problems);
  }

  private static Set<Path> included(Path root, Iterable<ComposeReader.ComposeRead> reads) {
    Set<Path> included = new HashSet<>();
    reads.forEach(
        r -> r.file().includedFiles().forEach(f -> included.add(root.resolve(f).normalize())));
    return included;
  }

  /** Services from the compose files, then containers no compose file declares here. */
  private static List<ServiceView> services(
      Path root, Map<Path, ComposeReader.ComposeRead> reads, DockerEngineProbe.Result engine) {
    List<ServiceView> services = new ArrayList<>();
    Set<String> known = new HashSet<>();
    Map<Path, Map<String, List<String>>> commands = new HashMap<>();
    reads.forEach(
        (top, read) -> {
          for (ComposeService service : read.services()) {
            Path declaring = root.resolve(service.file()).normalize();
            List<String> command =
                commands
                    .computeIfAbsent(declaring, ComposeCommands::of)
                    .getOrDefault(service.service(), List.of());
            services.add(
                ServiceView.of(service, command, List.of(declaring.getParent(), top.getParent())));
            known.add(service.project() + "/" + service.service());
          }
        });
    if (engine instanceof DockerEngineProbe.Answered answered) {
      answered.engine().containers().stream()
          .map(ServiceView::of)
          .filter(s -> !known.contains(s.project() + "/" + s.name()))
          .forEach(services::add);
    }
    return services;
  }

  /** The service of a role that tells the most (the first of equals). */
  private static Optional<ServiceView> best(
      List<ServiceView> services, Role role, ToIntFunction<ServiceView> clues) {
    return services.stream()
        .filter(s -> Role.of(s).equals(Optional.of(role)))
        .reduce((a, b) -> clues.applyAsInt(b) > clues.applyAsInt(a) ? b : a);
  }

  private static int traefikClues(ServiceView traefik) {
    TraefikFinder.Found found = TraefikFinder.find(traefik);
    int api = found.api().map(a -> a.usable() ? 2 : 1).orElse(0);
    return api * 2 + (found.rulesDir().isPresent() ? 1 : 0);
  }

  private static Discovery.Traefik traefik(Path root, ServiceView service) {
    TraefikFinder.Found found = TraefikFinder.find(service);
    return new Discovery.Traefik(
        found.api(), found.rulesDir().map(p -> Paths.display(root, p)), found.where());
  }

  private static Map<Role, Suggestion> monitoring(List<ServiceView> services) {
    Map<Role, Suggestion> found = new EnumMap<>(Role.class);
    for (Role role : List.of(Role.PROMETHEUS, Role.ALERTMANAGER, Role.GRAFANA, Role.LOKI)) {
      best(services, role, s -> Urls.of(s, role.port()).usable() ? 1 : 0)
          .ifPresent(s -> found.put(role, Urls.of(s, role.port())));
    }
    return found;
  }

  private static String unique(String name, List<Discovery.Host> hosts) {
    String candidate = name;
    for (int n = 2; taken(candidate, hosts); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  private static boolean taken(String name, List<Discovery.Host> hosts) {
    return hosts.stream().anyMatch(h -> h.name().equals(name));
  }
}
