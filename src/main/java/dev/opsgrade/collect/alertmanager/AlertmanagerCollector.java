package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.webapi.ApiParts;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Alertmanager (monitoring.alertmanager): status, cluster and receivers. Only when the user
 * asked for it (--test-alert, or test_alert: true) does it send a test alert and prove its
 * delivery; otherwise it sends nothing at all.
 */
public final class AlertmanagerCollector implements Collector {
  public static final String NAME = "alertmanager";
  public static final Duration DEFAULT_DELIVERY_WAIT = Duration.ofSeconds(90);
  static final String STATUS = "/api/v2/status";
  static final String RECEIVERS = "/api/v2/receivers";

  private final Duration deliveryWait;

  public AlertmanagerCollector() {
    this(DEFAULT_DELIVERY_WAIT);
  }

  /**
   * {@code deliveryWait}: how long to wait for the test alert (Alertmanager's group_wait is 30 s).
   */
  public AlertmanagerCollector(Duration deliveryWait) {
    this.deliveryWait = deliveryWait;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return spec(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    MonitoringSpec.Alertmanager spec = spec(inventory).orElseThrow();
    try (WebApi api = WebApi.of(spec.url(), context.timeout())) {
      ApiParts parts = new ApiParts(NAME, context, api);
      Optional<JsonNode> status = parts.read(STATUS, () -> api.getJson(STATUS));
      Optional<List<String>> names =
          parts.read(RECEIVERS, () -> AlertmanagerAnswers.receiverNames(api.getJson(RECEIVERS)));
      Optional<AlertmanagerStatus> read =
          status.map(s -> AlertmanagerAnswers.status(s, names.orElse(List.of())));
      read.ifPresent(s -> context.fact("alertmanager", Location.url(api.url(STATUS)), s));
      if (parts.anyUnreachable()) {
        return;
      }
      TestAlertDelivery test = testAlert(spec, api, read, context);
      context.fact("alertmanager", Location.url(api.url(TestAlert.ALERTS)), test);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private TestAlertDelivery testAlert(
      MonitoringSpec.Alertmanager spec,
      WebApi api,
      Optional<AlertmanagerStatus> status,
      CollectContext context)
      throws InterruptedException {
    if (!context.options().testAlert() && !spec.testAlert()) {
      return TestAlertDelivery.notSent(
          "no test alert was sent: run with --test-alert or set alertmanager.test_alert: true");
    }
    if (spec.delivery().isEmpty()) {
      return TestAlertDelivery.notSent(
          "no test alert was sent: alertmanager.delivery names no receiver opsgrade can watch"
              + " (webhook_listen, ntfy or gotify)");
    }
    Observers.Choice observer = Observers.of(spec.delivery().get(), context);
    if (observer.observer().isEmpty()) {
      return TestAlertDelivery.notSent("no test alert was sent: " + observer.problem());
    }
    return new TestAlert(api, context.clock(), deliveryWait, status).run(observer.observer().get());
  }

  private static Optional<MonitoringSpec.Alertmanager> spec(Inventory inventory) {
    return inventory.monitoring().flatMap(MonitoringSpec::alertmanager);
  }
}
