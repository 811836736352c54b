package dev.opsgrade.collect.alertmanager;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The built-in receiver: a small HTTP server on delivery.webhook_listen that the user's
 * Alertmanager routes to (webhook_configs). It accepts Alertmanager's webhook payload ({"receiver",
 * "status", "alerts": [{"labels", "status"}]}) and remembers which test runs arrived.
 */
final class WebhookListener implements DeliveryObserver {
  private static final int MAX_BODY = 1024 * 1024;

  private final String listen;
  private final Clock clock;
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private record Arrival(Instant at, String receiver, String status, List<String> runs) {}

  WebhookListener(String listen, Clock clock) {
    this.listen = listen;
    this.clock = clock;
  }

  @Override
  public String channel() {
    return "webhook listener " + listen;
  }

  @Override
  public void start() throws WebApiFailure {
    try {
      server = HttpServer.create(address(listen), 16);
    } catch (IOException | IllegalArgumentException e) {
      throw WebApiFailure.unexpected(
          "webhook_listen " + listen, "cannot listen there: " + e.getMessage());
    }
    server.createContext("/", this::receive);
    server.start();
  }

  @Override
  public Optional<Delivery> poll(String runId, Instant now) {
    return arrivals.stream()
        .filter(a -> a.runs().contains(runId) && a.status().equals("firing"))
        .findFirst()
        .map(a -> new Delivery(a.at(), "webhook from receiver " + a.receiver()));
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY);
      }
      Instant at = clock.instant();
      payload(body).ifPresent(p -> arrivals.add(arrival(p, at)));
      exchange.sendResponseHeaders(200, -1);
    }
  }

  private static Optional<JsonNode> payload(byte[] body) {
    try {
      return Optional.ofNullable(Json.mapper().readTree(body));
    } catch (JacksonException e) {
      // not an Alertmanager payload: acknowledged and ignored, like any stray request
      return Optional.empty();
    }
  }

  private static Arrival arrival(JsonNode payload, Instant at) {
    List<String> runs =
        JsonFields.array(payload, "alerts").stream()
            .flatMap(a -> JsonFields.text(a.path("labels"), TestAlert.RUN_LABEL).stream())
            .toList();
    return new Arrival(
        at,
        JsonFields.text(payload, "receiver", "?"),
        JsonFields.text(payload, "status", "?"),
        runs);
  }

  static InetSocketAddress address(String listen) {
    int colon = listen.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected host:port, got " + listen);
    }
    String host = listen.substring(0, colon).replace("[", "").replace("]", "");
    int port = Integer.parseInt(listen.substring(colon + 1));
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
