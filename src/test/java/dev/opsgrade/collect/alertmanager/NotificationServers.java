package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.model.Json;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ntfy and Gotify as local servers speaking the shapes of their API references (see fixtures/ntfy
 * and fixtures/gotify): Alertmanager's webhook posts to /alertmanager, as it would to a bridge, and
 * the server keeps a message made from the alert's summary, which the subscribe API (ntfy: GET
 * /&lt;topic&gt;/json?poll=1) or the message API (Gotify: GET /message) then lists.
 */
final class NotificationServers {
  private NotificationServers() {}

  static FixtureServer ntfy(String topic, String token) {
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicInteger ids = new AtomicInteger();
    return new FixtureServer()
        .route(
            "/alertmanager",
            request -> {
              ObjectNode message = Json.mapper().createObjectNode();
              message.put("id", "opsgrade" + ids.incrementAndGet());
              message.put("time", Instant.now().getEpochSecond());
              message.put("event", "message");
              message.put("topic", topic);
              message.put("title", "[" + status(request.body()) + "] OpsgradeTestAlert");
              message.put("message", summary(request.body()));
              lines.add(message.toString());
              return Response.json(200, message.toString());
            })
        .route(
            "/" + topic + "/json",
            request ->
                request.header("Authorization").equals("Bearer " + token)
                    ? Response.text(200, lines.isEmpty() ? "" : String.join("\n", lines) + "\n")
                    : Response.json(
                        401, "{\"code\":40101,\"http\":401,\"error\":\"unauthorized\"}"));
  }

  static FixtureServer gotify(String clientToken) {
    ArrayNode messages = Json.mapper().createArrayNode();
    AtomicInteger ids = new AtomicInteger(24);
    return new FixtureServer()
        .route(
            "/alertmanager",
            request -> {
              ObjectNode message = Json.mapper().createObjectNode();
              message.put("id", ids.incrementAndGet());
              message.put("appid", 5);
              message.put("message", summary(request.body()));
              message.put("title", "[" + status(request.body()) + "] OpsgradeTestAlert");
              message.put("priority", 5);
              message.put("date", Instant.now().toString());
              message.putObject("extras");
              synchronized (messages) {
                messages.insert(0, message);
              }
              return Response.json(200, message.toString());
            })
        .route(
            "/message",
            request -> {
              if (!request.header("X-Gotify-Key").equals(clientToken)) {
                return Response.json(
                    401, FixtureServer.Fixtures.read("gotify/error-unauthorized.json"));
              }
              synchronized (messages) {
                ObjectNode page = Json.mapper().createObjectNode();
                page.set("messages", messages.deepCopy());
                page.putObject("paging")
                    .put("size", messages.size())
                    .put("limit", 100)
                    .put("since", 0);
                return Response.json(200, page.toString());
              }
            });
  }

  private static String status(String webhook) {
    return Json.mapper().readTree(webhook).path("status").asString("?").toUpperCase();
  }

  private static String summary(String webhook) {
    JsonNode alerts = Json.mapper().readTree(webhook).path("alerts");
    return alerts.path(0).path("annotations").path("summary").asString("");
  }
}
