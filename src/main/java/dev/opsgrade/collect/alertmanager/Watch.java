package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Follows one test alert after it was sent: when Alertmanager lists it (and to which receivers it
 * routed it, in which state), and when it reaches the observed channel.
 */
final class Watch {
  private final WebApi api;
  private final DeliveryObserver observer;
  private final String runId;
  private final String path;
  private Optional<Seen> seen = Optional.empty();
  private Optional<DeliveryObserver.Delivery> delivered = Optional.empty();
  private Optional<String> lastProblem = Optional.empty();

  /** Alertmanager's view of the alert: when it got it, its receivers, its state and why. */
  record Seen(Instant at, List<String> receivers, String state, String detail) {}

  Watch(WebApi api, DeliveryObserver observer, String runId) {
    this.api = api;
    this.observer = observer;
    this.runId = runId;
    String filter = TestAlert.RUN_LABEL + "=\"" + runId + "\"";
    this.path = TestAlert.ALERTS + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
  }

  void until(Instant deadline, Clock clock, Duration every) throws InterruptedException {
    while (delivered.isEmpty() && clock.instant().isBefore(deadline)) {
      step(clock.instant());
      if (delivered.isEmpty()) {
        Thread.sleep(every.toMillis());
      }
    }
    if (seen.isEmpty()) {
      lookInAlertmanager(clock.instant());
    }
  }

  private void step(Instant now) {
    if (seen.isEmpty()) {
      lookInAlertmanager(now);
    }
    try {
      delivered = observer.poll(runId, now);
    } catch (WebApiFailure failure) {
      lastProblem = Optional.of(observer.channel() + ": " + failure.getMessage());
    }
  }

  private void lookInAlertmanager(Instant now) {
    try {
      List<JsonNode> alerts = JsonFields.elements(api.getJson(path));
      if (!alerts.isEmpty()) {
        seen = Optional.of(seen(alerts.getFirst(), now));
      }
    } catch (WebApiFailure failure) {
      lastProblem = Optional.of(failure.getMessage());
    }
  }

  private static Seen seen(JsonNode alert, Instant now) {
    List<String> receivers =
        JsonFields.array(alert, "receivers").stream()
            .flatMap(r -> JsonFields.text(r, "name").stream())
            .toList();
    JsonNode status = alert.path("status");
    String state = JsonFields.text(status, "state", "?");
    Instant at = JsonFields.time(alert, "updatedAt").orElse(now);
    String detail =
        "state "
            + state
            + ", receivers "
            + (receivers.isEmpty() ? "none" : String.join(", ", receivers));
    List<String> silenced = textList(status, "silencedBy");
    List<String> inhibited = textList(status, "inhibitedBy");
    if (!silenced.isEmpty()) {
      detail += ", silenced by " + String.join(", ", silenced);
    }
    if (!inhibited.isEmpty()) {
      detail += ", inhibited by " + String.join(", ", inhibited);
    }
    return new Seen(at, receivers, state, detail);
  }

  private static List<String> textList(JsonNode node, String field) {
    return JsonFields.array(node, field).stream()
        .filter(JsonNode::isString)
        .map(JsonNode::asString)
        .toList();
  }

  Optional<Seen> seen() {
    return seen;
  }

  Optional<DeliveryObserver.Delivery> delivered() {
    return delivered;
  }

  Optional<String> lastProblem() {
    return lastProblem;
  }
}
