package dev.opsgrade.init;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Asks the local Docker Engine, read-only, which containers it has (GET /containers/json?all=1) and
 * what it is called (GET /info). Only unix sockets are asked: a tcp:// or ssh:// endpoint is named
 * in the inventory for the user to confirm, not contacted.
 */
final class DockerEngineProbe {
  static final String DEFAULT_ENDPOINT = "unix:///var/run/docker.sock";
  private static final int MAX_BODY = 16 * 1024 * 1024;

  /** What asking gave: the engine, or why there is none to show. */
  sealed interface Result {
    String endpoint();
  }

  record Answered(String endpoint, DockerEngine engine) implements Result {}

  record Unavailable(String endpoint, String reason) implements Result {}

  private final Duration timeout;

  DockerEngineProbe(Duration timeout) {
    this.timeout = timeout;
  }

  /** The endpoint to ask: the one given, else DOCKER_HOST, else the default socket. */
  static String endpoint(Optional<String> given, Map<String, String> environment) {
    return given
        .or(() -> Optional.ofNullable(environment.get("DOCKER_HOST")).filter(h -> !h.isBlank()))
        .orElse(DEFAULT_ENDPOINT)
        .strip();
  }

  Result probe(String endpoint) {
    if (!endpoint.startsWith("unix://")) {
      return new Unavailable(endpoint, "only unix sockets are asked by init");
    }
    Path socket = Path.of(endpoint.substring("unix://".length()));
    if (!Files.exists(socket)) {
      return new Unavailable(endpoint, socket + " does not exist");
    }
    try {
      JsonNode containers = getJson(socket, "/containers/json?all=1");
      if (!containers.isArray()) {
        return new Unavailable(endpoint, "/containers/json did not answer a JSON list");
      }
      String name = engineName(socket);
      List<DockerEngine.Container> parsed = new ArrayList<>();
      containers.forEach(c -> parsed.add(container(c)));
      return new Answered(endpoint, new DockerEngine(endpoint, name, List.copyOf(parsed)));
    } catch (IOException e) {
      return new Unavailable(endpoint, e.getMessage());
    }
  }

  private JsonNode getJson(Path socket, String target) throws IOException {
    UnixSocketHttp.Response response = UnixSocketHttp.get(socket, target, timeout, MAX_BODY);
    if (response.status() != 200) {
      throw new IOException("GET " + target + " answered HTTP " + response.status());
    }
    try {
      return Json.mapper().readTree(response.body());
    } catch (JacksonException e) {
      throw new IOException("GET " + target + " answered no JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The engine's own name (its host's name); this machine's name if /info says nothing. */
  private String engineName(Path socket) {
    try {
      JsonNode info = getJson(socket, "/info");
      String name = text(info, "Name");
      if (!name.isBlank()) {
        return name;
      }
    } catch (IOException e) {
      // an engine that lists containers but not /info is still this machine's engine
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "local";
    }
  }

  private static DockerEngine.Container container(JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode labelNode = node.path("Labels");
    if (labelNode.isObject()) {
      labelNode.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
    }
    List<ServiceView.Published> ports = new ArrayList<>();
    node.path("Ports")
        .forEach(
            p -> {
              if (p.path("PublicPort").isInt()) {
                ports.add(
                    new ServiceView.Published(
                        text(p, "IP"),
                        p.path("PublicPort").asInt(),
                        p.path("PrivatePort").asInt()));
              }
            });
    List<ServiceView.Mount> mounts = new ArrayList<>();
    node.path("Mounts")
        .forEach(
            m -> {
              if (text(m, "Type").equals("bind")) {
                mounts.add(new ServiceView.Mount(text(m, "Source"), text(m, "Destination")));
              }
            });
    String name = node.path("Names").path(0).asString("").replaceFirst("^/", "");
    return new DockerEngine.Container(
        name.isEmpty() ? text(node, "Id") : name,
        text(node, "Image"),
        text(node, "State"),
        Map.copyOf(labels),
        List.copyOf(ports),
        List.copyOf(mounts),
        List.of(text(node, "Command").split("\\s+")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : "";
  }
}
