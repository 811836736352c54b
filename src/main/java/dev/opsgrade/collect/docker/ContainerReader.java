package dev.opsgrade.collect.docker;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads a container's inspect (GET /containers/{id}/json) and stats sample into a {@link
 * DockerContainer}. Config.Env is never read.
 */
final class ContainerReader {
  private static final int MAX_HEALTH_OUTPUT = 300;
  private static final int MAX_SECURITY_OPTION = 120;

  private ContainerReader() {}

  static DockerContainer read(
      String host, JsonNode inspect, Optional<JsonNode> stats, List<String> repoDigests) {
    JsonNode state = inspect.path("State");
    JsonNode config = inspect.path("Config");
    JsonNode hostConfig = inspect.path("HostConfig");
    Map<String, String> labels = labels(config.path("Labels"));
    long memory = hostConfig.path("Memory").asLong(0);
    return new DockerContainer(
        host,
        inspect
            .path("Id")
            .asString("")
            .substring(0, Math.min(12, inspect.path("Id").asString("").length())),
        inspect.path("Name").asString("").replaceFirst("^/", ""),
        Optional.ofNullable(labels.get("com.docker.compose.project")),
        Optional.ofNullable(labels.get("com.docker.compose.service")),
        Optional.ofNullable(labels.get("com.docker.compose.project.config_files")),
        config.path("Image").asString(""),
        inspect.path("Image").asString(""),
        repoDigests,
        state.path("Status").asString("unknown"),
        text(state.path("Health").path("Status")).filter(s -> !s.equals("none")),
        lastHealthLog(state.path("Health").path("Log")),
        healthcheckDefined(config.path("Healthcheck")),
        text(hostConfig.path("RestartPolicy").path("Name")).orElse("no"),
        hostConfig.path("RestartPolicy").path("MaximumRetryCount").asInt(0),
        inspect.path("RestartCount").asInt(0),
        time(inspect.path("Created")),
        time(state.path("StartedAt")),
        time(state.path("FinishedAt")),
        state.path("ExitCode").asInt(0),
        state.path("OOMKilled").asBoolean(false),
        memory > 0 ? Optional.of(memory) : Optional.empty(),
        stats.flatMap(ContainerReader::memoryUsage),
        hostConfig.path("NetworkMode").asString(""),
        ports(hostConfig.path("PortBindings")),
        mounts(inspect.path("Mounts")),
        hostConfig.path("Privileged").asBoolean(false),
        securityOptions(hostConfig.path("SecurityOpt")),
        traefik(labels));
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new TreeMap<>();
    node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
    return labels;
  }

  private static Map<String, String> traefik(Map<String, String> labels) {
    Map<String, String> shown = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          if (LabelValues.isTraefik(key)) {
            shown.put(key, LabelValues.shown(key, value));
          }
        });
    return shown;
  }

  private static boolean healthcheckDefined(JsonNode healthcheck) {
    JsonNode test = healthcheck.path("Test");
    return test.isArray() && !test.isEmpty() && !test.get(0).asString("").equals("NONE");
  }

  private static Optional<DockerContainer.HealthLog> lastHealthLog(JsonNode log) {
    if (!log.isArray() || log.isEmpty()) {
      return Optional.empty();
    }
    JsonNode last = log.get(log.size() - 1);
    String output = last.path("Output").asString("").strip();
    if (output.length() > MAX_HEALTH_OUTPUT) {
      output = output.substring(0, MAX_HEALTH_OUTPUT) + "...";
    }
    return Optional.of(
        new DockerContainer.HealthLog(
            time(last.path("End")), last.path("ExitCode").asInt(0), output));
  }

  private static List<DockerContainer.PublishedPort> ports(JsonNode bindings) {
    List<DockerContainer.PublishedPort> ports = new ArrayList<>();
    bindings.properties().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              String[] portAndProtocol = entry.getKey().split("/", 2);
              int containerPort = parseInt(portAndProtocol[0]);
              String protocol = portAndProtocol.length > 1 ? portAndProtocol[1] : "tcp";
              for (JsonNode binding : entry.getValue()) {
                ports.add(
                    new DockerContainer.PublishedPort(
                        binding.path("HostIp").asString(""),
                        binding.path("HostPort").asString(""),
                        containerPort,
                        protocol));
              }
            });
    return List.copyOf(ports);
  }

  private static List<DockerContainer.Mount> mounts(JsonNode mounts) {
    List<DockerContainer.Mount> result = new ArrayList<>();
    for (JsonNode mount : mounts) {
      // engines before API 1.25 name no Type: a mount with a volume Name is a volume
      boolean named = !mount.path("Name").asString("").isEmpty();
      String type = mount.path("Type").asString(named ? "volume" : "bind");
      result.add(
          new DockerContainer.Mount(
              type,
              type.equals("volume") && named
                  ? mount.path("Name").asString("")
                  : mount.path("Source").asString(""),
              mount.path("Destination").asString(""),
              mount.path("RW").asBoolean(true)));
    }
    return List.copyOf(result);
  }

  private static List<String> securityOptions(JsonNode options) {
    List<String> result = new ArrayList<>();
    for (JsonNode option : options) {
      String text = option.asString("");
      result.add(
          text.length() > MAX_SECURITY_OPTION
              ? text.substring(0, MAX_SECURITY_OPTION) + "..."
              : text);
    }
    return List.copyOf(result);
  }

  /** Usage without the page cache, as `docker stats` shows it (cgroup v1 and v2). */
  private static Optional<Long> memoryUsage(JsonNode stats) {
    JsonNode memory = stats.path("memory_stats");
    if (!memory.has("usage")) {
      return Optional.empty();
    }
    long usage = memory.path("usage").asLong(0);
    JsonNode detail = memory.path("stats");
    long cache =
        detail.has("total_inactive_file")
            ? detail.path("total_inactive_file").asLong(0)
            : detail.path("inactive_file").asLong(0);
    return Optional.of(Math.max(0, usage - (cache < usage ? cache : 0)));
  }

  static Optional<Instant> time(JsonNode node) {
    Optional<String> text = text(node);
    if (text.isEmpty() || text.get().startsWith("0001-01-01")) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isString() && !node.asString().isEmpty()
        ? Optional.of(node.asString())
        : Optional.empty();
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text.contains("-") ? text.substring(0, text.indexOf('-')) : text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
