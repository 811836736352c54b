package dev.opsgrade.check.docker;

import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.LabelValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The differences between a compose service and its container, each with both sides. */
final class Drift {
  private Drift() {}

  static Optional<String> image(ComposeService s, DockerContainer c) {
    if (s.image().isEmpty()) {
      return Optional.empty(); // built locally: no reference to compare
    }
    String declared = s.image().get();
    int at = declared.indexOf("@sha256:");
    if (at >= 0) {
      String digest = declared.substring(at + 1);
      boolean same =
          c.image().endsWith(digest) || c.repoDigests().stream().anyMatch(d -> d.endsWith(digest));
      return same
          ? Optional.empty()
          : Optional.of("image digest: compose " + digest + " / running " + running(c));
    }
    return normalize(declared).equals(normalize(c.image()))
        ? Optional.empty()
        : Optional.of("image: compose " + declared + " / running " + c.image());
  }

  private static String running(DockerContainer c) {
    return c.image()
        + (c.repoDigests().isEmpty() ? " (" + c.imageId() + ")" : " " + c.repoDigests());
  }

  /** "nginx" and "docker.io/library/nginx:latest" name one image. */
  static String normalize(String image) {
    String name = image;
    if (name.startsWith("docker.io/")) {
      name = name.substring("docker.io/".length());
    }
    if (name.startsWith("library/")) {
      name = name.substring("library/".length());
    }
    int slash = name.lastIndexOf('/');
    return name.indexOf(':', slash + 1) < 0 && !name.contains("@") ? name + ":latest" : name;
  }

  static Optional<String> ports(ComposeService s, DockerContainer c) {
    TreeSet<String> declared = new TreeSet<>();
    s.ports().forEach(p -> declared.addAll(bindings(p)));
    TreeSet<String> actual = new TreeSet<>();
    c.ports().forEach(p -> actual.add(p.display()));
    return declared.equals(actual)
        ? Optional.empty()
        : Optional.of("ports: compose " + declared + " / running " + actual);
  }

  /** A compose port entry as the engine's bindings show it, one per container port of a range. */
  private static List<String> bindings(ComposeService.PortBinding p) {
    List<String> result = new ArrayList<>();
    String ip = p.onAllInterfaces() ? "0.0.0.0" : p.hostIp().replace("[", "").replace("]", "");
    for (int i = 0; i <= p.containerPortEnd() - p.containerPortStart(); i++) {
      int offset = i;
      String hostPort =
          p.hostPortStart()
              .map(start -> p.hostPortEnd().isPresent() ? start + offset : start)
              .map(String::valueOf)
              .orElse("*");
      result.add(ip + ":" + hostPort + "->" + (p.containerPortStart() + i) + "/" + p.protocol());
    }
    return result;
  }

  static Optional<String> traefikLabels(ComposeService s, DockerContainer c) {
    Map<String, String> declared = new TreeMap<>();
    s.labels()
        .forEach(
            (k, v) -> {
              if (LabelValues.isTraefik(k)) {
                declared.put(k, LabelValues.shown(k, v));
              }
            });
    Map<String, String> actual = c.traefikLabels();
    if (declared.equals(actual)) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    new TreeSet<>(declared.keySet())
        .forEach(
            k -> {
              if (!actual.containsKey(k)) {
                parts.add(k + "=" + declared.get(k) + " only in compose");
              } else if (!actual.get(k).equals(declared.get(k))) {
                parts.add(k + ": compose " + declared.get(k) + " / running " + actual.get(k));
              }
            });
    actual.keySet().stream()
        .filter(k -> !declared.containsKey(k))
        .sorted()
        .forEach(k -> parts.add(k + "=" + actual.get(k) + " only running"));
    return Optional.of("Traefik labels: " + String.join(", ", parts));
  }
}
