package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.alertmanager.TestAlertDelivery.Outcome;
import dev.opsgrade.collect.alertmanager.TestAlertDelivery.Step;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends one uniquely labelled test alert through Alertmanager's v2 API, watches for it at the
 * receiver until a deadline, then resolves it (posts it again, ended now). The alert also ends by
 * itself shortly after the deadline, should opsgrade stop half way.
 */
final class TestAlert {
  static final String ALERT_NAME = "OpsgradeTestAlert";
  static final String RUN_LABEL = "opsgrade_run";
  static final String ALERTS = "/api/v2/alerts";
  private static final Duration POLL = Duration.ofMillis(250);

  private final WebApi api;
  private final Clock clock;
  private final Duration wait;
  private final Optional<AlertmanagerStatus> status;

  TestAlert(WebApi api, Clock clock, Duration wait, Optional<AlertmanagerStatus> status) {
    this.api = api;
    this.clock = clock;
    this.wait = wait;
    this.status = status;
  }

  TestAlertDelivery run(DeliveryObserver observer) throws InterruptedException {
    String runId = UUID.randomUUID().toString();
    try (observer) {
      try {
        observer.start();
      } catch (WebApiFailure failure) {
        return notSent(
            runId, observer, "cannot watch " + observer.channel() + ": " + failure.getMessage());
      }
      Instant sentAt = clock.instant();
      try {
        api.postJson(ALERTS, payload(runId, sentAt, sentAt.plus(wait).plusSeconds(300)));
      } catch (WebApiFailure failure) {
        return notSent(
            runId, observer, "Alertmanager refused the test alert: " + failure.getMessage());
      }
      Watch watch = new Watch(api, observer, runId);
      watch.until(sentAt.plus(wait), clock, POLL);
      List<Step> timeline = timeline(runId, sentAt, watch);
      return result(runId, observer, sentAt, watch, timeline);
    }
  }

  /** Sent, seen by Alertmanager and delivered as far as they happened, then resolved. */
  private List<Step> timeline(String runId, Instant sentAt, Watch watch) {
    List<Step> timeline = new ArrayList<>();
    String sent =
        "POST %s alertname=%s %s=%s".formatted(api.url(ALERTS), ALERT_NAME, RUN_LABEL, runId);
    timeline.add(new Step(TestAlertDelivery.SENT, sentAt, sent));
    watch.seen().ifPresent(s -> timeline.add(new Step(TestAlertDelivery.SEEN, s.at(), s.detail())));
    watch
        .delivered()
        .ifPresent(
            d -> timeline.add(new Step(TestAlertDelivery.DELIVERED_STEP, d.at(), d.detail())));
    timeline.add(resolve(runId, sentAt));
    return timeline;
  }

  private TestAlertDelivery result(
      String runId, DeliveryObserver observer, Instant sentAt, Watch watch, List<Step> timeline) {
    List<String> routed = watch.seen().map(Watch.Seen::receivers).orElse(List.of());
    if (watch.delivered().isPresent()) {
      Duration took = Duration.between(sentAt, watch.delivered().get().at());
      return new TestAlertDelivery(
          runId,
          Outcome.DELIVERED,
          observer.channel(),
          "",
          routed,
          Optional.of(took.toMillis() / 1000.0),
          timeline);
    }
    String reason = Reasons.notDelivered(watch, status, observer.channel(), wait);
    return new TestAlertDelivery(
        runId,
        Outcome.NOT_DELIVERED,
        observer.channel(),
        reason,
        routed,
        Optional.empty(),
        timeline);
  }

  private Step resolve(String runId, Instant startsAt) {
    Instant now = clock.instant();
    try {
      api.postJson(ALERTS, payload(runId, startsAt, now));
      return new Step(TestAlertDelivery.RESOLVED, now, "posted again with endsAt " + now);
    } catch (WebApiFailure failure) {
      return new Step(
          TestAlertDelivery.RESOLVED,
          now,
          "resolving failed (" + failure.getMessage() + "); it ends by itself at its endsAt");
    }
  }

  private TestAlertDelivery notSent(String runId, DeliveryObserver observer, String reason) {
    return new TestAlertDelivery(
        runId,
        Outcome.NOT_SENT,
        observer.channel(),
        reason,
        List.of(),
        Optional.empty(),
        List.of());
  }

  static String payload(String runId, Instant startsAt, Instant endsAt) {
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("labels", Map.of("alertname", ALERT_NAME, RUN_LABEL, runId));
    alert.put(
        "annotations",
        Map.of(
            "summary",
            "opsgrade end-to-end test alert " + runId + ": safe to ignore, it resolves itself"));
    alert.put("startsAt", startsAt.toString());
    alert.put("endsAt", endsAt.toString());
    return Json.mapper().writeValueAsString(List.of(alert));
  }
}
