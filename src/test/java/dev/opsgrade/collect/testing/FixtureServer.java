package dev.opsgrade.collect.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server replaying recorded API bodies (Grafana, Loki, ntfy, Gotify) on loopback, and
 * keeping every request it saw, so a test can also prove what opsgrade did not send.
 */
public final class FixtureServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();
  private final List<Request> seen = new CopyOnWriteArrayList<>();
  private volatile Optional<Map.Entry<String, String>> requiredHeader = Optional.empty();

  /** One request as the server saw it. */
  public record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(), "");
    }
  }

  public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static Response json(int status, String body) {
      return new Response(
          status, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response text(int status, String body) {
      return new Response(status, "text/plain", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response redirect(String location) {
      return new Response(302, "text/plain", new byte[0], Map.of("Location", location));
    }
  }

  public FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FixtureServer route(String path, Function<Request, Response> handler) {
    routes.put(path, handler);
    return this;
  }

  public FixtureServer json(String path, int status, String body) {
    return route(path, request -> Response.json(status, body));
  }

  /** Serves a fixture file from src/test/resources/fixtures/&lt;name&gt;. */
  public FixtureServer file(String path, String fixture) {
    String body = Fixtures.read(fixture);
    return route(path, request -> Response.json(200, body));
  }

  /** Answers 401 to every request without this header value. */
  public FixtureServer requireHeader(String name, String value) {
    requiredHeader = Optional.of(Map.entry(name.toLowerCase(), value));
    return this;
  }

  public List<Request> requests() {
    return new ArrayList<>(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = read(exchange);
      seen.add(request);
      Response response = respond(request);
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.getResponseHeaders().add("Content-Type", response.contentType());
      long length = response.body().length == 0 ? -1 : response.body().length;
      exchange.sendResponseHeaders(response.status(), length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  private Response respond(Request request) {
    if (requiredHeader.isPresent()) {
      Map.Entry<String, String> needed = requiredHeader.get();
      if (!request.header(needed.getKey()).equals(needed.getValue())) {
        return Response.json(401, "{\"message\":\"Unauthorized\"}");
      }
    }
    Function<Request, Response> handler = routes.get(request.path());
    return handler == null ? Response.text(404, "404 page not found") : handler.apply(request);
  }

  private static Request read(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new Request(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        query(exchange.getRequestURI().getRawQuery()),
        headers,
        body);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Test resources under fixtures/. */
  public static final class Fixtures {
    private Fixtures() {}

    public static String read(String name) {
      try {
        return Files.readString(Path.of("src", "test", "resources", "fixtures", name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
