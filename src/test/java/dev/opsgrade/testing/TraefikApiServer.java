package dev.opsgrade.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Traefik's API as a local HTTP server replaying real response bodies from the fixtures (Traefik
 * itself ships in no registry reachable here). Lists are paged as Traefik pages them: per_page and
 * page parameters, X-Next-Page header (1 on the last page). Optional basic auth.
 */
public final class TraefikApiServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> bodies = new HashMap<>();
  private Optional<String> credentials = Optional.empty();

  public TraefikApiServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves the fixture file at {@code path} ("/api/http/routers"). */
  public TraefikApiServer serve(String path, String fixture) {
    try (InputStream in =
        TraefikApiServer.class.getResourceAsStream("/fixtures/traefik/" + fixture)) {
      bodies.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + fixture, e);
    }
    return this;
  }

  public TraefikApiServer serveText(String path, String body) {
    bodies.put(path, body);
    return this;
  }

  public TraefikApiServer requireBasicAuth(String user, String password) {
    credentials =
        Optional.of(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (credentials.isPresent()
        && !credentials.get().equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      reply(exchange, 401, "401 Unauthorized\n");
      return;
    }
    String body = bodies.get(exchange.getRequestURI().getPath());
    if (body == null) {
      reply(exchange, 404, "404 page not found\n");
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    JsonNode tree = null;
    try {
      tree = Json.mapper().readTree(body);
    } catch (RuntimeException e) {
      reply(exchange, 200, body);
      return;
    }
    if (tree.isArray()) {
      int perPage = Integer.parseInt(query.getOrDefault("per_page", "100"));
      int page = Integer.parseInt(query.getOrDefault("page", "1"));
      List<JsonNode> all = tree.values().stream().toList();
      int from = Math.min(all.size(), (page - 1) * perPage);
      int to = Math.min(all.size(), from + perPage);
      ArrayNode slice = Json.mapper().createArrayNode();
      all.subList(from, to).forEach(slice::add);
      exchange
          .getResponseHeaders()
          .set("X-Next-Page", String.valueOf(to < all.size() ? page + 1 : 1));
      reply(exchange, 200, Json.mapper().writeValueAsString(slice));
      return;
    }
    reply(exchange, 200, body);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> result = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          result.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return result;
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
