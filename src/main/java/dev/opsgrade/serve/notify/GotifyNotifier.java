package dev.opsgrade.serve.notify;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.net.URI;
import tools.jackson.databind.node.ObjectNode;

/** Gotify: POST /message with the application token in a header (never in the URL). */
public final class GotifyNotifier implements Notifier {
  private final URI endpoint;
  private final String token;

  public GotifyNotifier(String url, String token) {
    this.endpoint = Http.join(url, "/message");
    this.token = token;
  }

  @Override
  public String describe() {
    return "gotify " + Http.display(endpoint);
  }

  @Override
  public void send(Alert alert, String message) throws IOException, InterruptedException {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("title", "opsgrade: " + alert.subject() + " " + alert.state().word());
    body.put("message", message);
    body.put("priority", alert.state() == Alert.State.FIRING ? 8 : 4);
    Http.post(endpoint, describe(), "application/json", Json.write(body), "X-Gotify-Key", token);
  }

  @Override
  public String toString() {
    return describe();
  }
}
