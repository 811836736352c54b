package dev.opsgrade.serve.notify;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alertmanager's API v2: POST /api/v2/alerts. A firing alert carries an end time {@link #HOLD}
 * ahead, so it lapses by itself if opsgrade stops; while it fires it is sent again (see {@link
 * #resendEvery}). A resolved alert is the same labels with the end time now.
 */
public final class AlertmanagerNotifier implements Notifier {
  static final Duration HOLD = Duration.ofMinutes(15);
  private final URI endpoint;

  public AlertmanagerNotifier(String url) {
    this.endpoint = Http.join(url, "/api/v2/alerts");
  }

  /** How often a firing alert is repeated so Alertmanager keeps it: well inside {@link #HOLD}. */
  public static Duration resendEvery() {
    return HOLD.dividedBy(3);
  }

  @Override
  public String describe() {
    return "alertmanager " + Http.display(endpoint);
  }

  @Override
  public void send(Alert alert, String message) throws IOException, InterruptedException {
    ObjectNode one = Json.mapper().createObjectNode();
    ObjectNode labels = one.putObject("labels");
    labels.put("alertname", "Opsgrade" + alert.name());
    labels.put("route", alert.subject());
    labels.put("group", alert.group());
    labels.put("severity", alert.name().contains("Slow") ? "ticket" : "page");
    labels.put("source", "opsgrade");
    ObjectNode annotations = one.putObject("annotations");
    annotations.put("summary", message);
    annotations.put("description", alert.detail());
    annotations.put("class", alert.cause());
    one.put("startsAt", alert.since().toString());
    one.put(
        "endsAt",
        (alert.state() == Alert.State.FIRING ? alert.at().plus(HOLD) : alert.at()).toString());
    if (alert.url().startsWith("http://") || alert.url().startsWith("https://")) {
      one.put("generatorURL", alert.url());
    }
    ArrayNode body = Json.mapper().createArrayNode().add(one);
    Http.post(endpoint, describe(), "application/json", Json.write(body));
  }
}
