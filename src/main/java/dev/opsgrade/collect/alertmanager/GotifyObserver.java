package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Watches Gotify's messages (GET /message with a client token in X-Gotify-Key): a PagedMessages
 * object {"messages": [{"id", "appid", "title", "message", "date", "extras"}], "paging"}; the test
 * alert has arrived when a message mentions its run id.
 */
final class GotifyObserver implements DeliveryObserver {
  static final String MESSAGES = "/message?limit=100";

  private final WebApi api;

  GotifyObserver(WebApi api) {
    this.api = api;
  }

  @Override
  public String channel() {
    return "Gotify messages at " + api.url("");
  }

  @Override
  public void start() throws WebApiFailure {
    messages(api.getJson(MESSAGES), api.url(MESSAGES));
  }

  @Override
  public Optional<Delivery> poll(String runId, Instant now) throws WebApiFailure {
    return find(api.getJson(MESSAGES), runId, api.url(MESSAGES))
        .map(id -> new Delivery(now, "Gotify message " + id));
  }

  /** The id of the first message whose title, text or extras mention {@code runId}. */
  static Optional<String> find(JsonNode paged, String runId, String url) throws WebApiFailure {
    for (JsonNode message : messages(paged, url).values()) {
      if (message.toString().contains(runId)) {
        return Optional.of(JsonFields.text(message, "id", "?"));
      }
    }
    return Optional.empty();
  }

  private static JsonNode messages(JsonNode paged, String url) throws WebApiFailure {
    JsonNode messages = paged.path("messages");
    if (!messages.isArray()) {
      throw WebApiFailure.unexpected(url, "not a Gotify message page (no messages array)");
    }
    return messages;
  }

  @Override
  public void close() {
    api.close();
  }
}
