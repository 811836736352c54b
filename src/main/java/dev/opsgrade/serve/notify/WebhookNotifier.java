package dev.opsgrade.serve.notify;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.net.URI;
import tools.jackson.databind.node.ObjectNode;

/** A generic webhook: one JSON object per alert, the rendered message among its fields. */
public final class WebhookNotifier implements Notifier {
  private final URI url;

  public WebhookNotifier(String url) {
    this.url = URI.create(url);
  }

  @Override
  public String describe() {
    return "webhook " + Http.display(url);
  }

  @Override
  public void send(Alert alert, String message) throws IOException, InterruptedException {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("alert", alert.name());
    body.put("status", alert.state().name().toLowerCase(java.util.Locale.ROOT));
    body.put("route", alert.subject());
    body.put("group", alert.group());
    body.put("url", alert.url());
    body.put("class", alert.cause());
    body.put("since", alert.since().toString());
    body.put("at", alert.at().toString());
    body.put("detail", alert.detail());
    body.put("message", message);
    Http.post(url, describe(), "application/json", Json.write(body));
  }
}
