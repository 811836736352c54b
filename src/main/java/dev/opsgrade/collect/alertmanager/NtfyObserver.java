package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Watches an ntfy topic through ntfy's subscribe API in poll mode (GET /&lt;topic&gt;/json?poll=1):
 * one JSON object per line, events "open", "keepalive" and "message"; the test alert has arrived
 * when a message of the topic mentions its run id (bridges put the alert's summary in the text).
 */
final class NtfyObserver implements DeliveryObserver {
  private final WebApi api;
  private final String topic;
  private final String path;

  NtfyObserver(WebApi api, String topic, Instant since) {
    this.api = api;
    this.topic = topic;
    this.path =
        "/"
            + URLEncoder.encode(topic, StandardCharsets.UTF_8)
            + "/json?poll=1&since="
            + since.minusSeconds(60).getEpochSecond();
  }

  @Override
  public String channel() {
    return "ntfy topic " + topic + " at " + api.url("");
  }

  @Override
  public void start() throws WebApiFailure {
    api.getText(path);
  }

  @Override
  public Optional<Delivery> poll(String runId, Instant now) throws WebApiFailure {
    return find(api.getText(path), runId).map(id -> new Delivery(now, "ntfy message " + id));
  }

  /** The id of the first message event whose content mentions {@code runId}. */
  static Optional<String> find(String lines, String runId) {
    for (String line : lines.split("\n")) {
      Optional<JsonNode> event = parse(line);
      if (event.isPresent()
          && JsonFields.text(event.get(), "event", "").equals("message")
          && line.contains(runId)) {
        return Optional.of(JsonFields.text(event.get(), "id", "?"));
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> parse(String line) {
    if (line.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Json.mapper().readTree(line));
    } catch (JacksonException e) {
      // a line that is not JSON cannot be our message; ntfy never sends one
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    api.close();
  }
}
