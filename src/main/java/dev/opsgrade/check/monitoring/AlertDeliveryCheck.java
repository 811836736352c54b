package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.alertmanager.AlertmanagerStatus;
import dev.opsgrade.collect.alertmanager.TestAlertDelivery;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * mon.alert-delivery: a labelled test alert went through Alertmanager and was seen at the receiver
 * opsgrade watches. Without the test (not asked for, or not observable) the check is UNVERIFIED: an
 * alert path nobody tried is not known to work.
 */
public final class AlertDeliveryCheck implements Check {

  @Override
  public String id() {
    return "mon.alert-delivery";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<TestAlertDelivery>> tests = evidence.all(TestAlertDelivery.class);
    if (tests.isEmpty()) {
      String why =
          MonitoringRuns.missing(evidence, "alertmanager", "alertmanager", "/api/v2/")
              .orElse("the alertmanager collector recorded no test alert");
      return List.of(findings.unverified("alertmanager", why));
    }
    return tests.stream().map(test -> judge(test, evidence, findings)).toList();
  }

  private static Finding judge(
      FactView<TestAlertDelivery> view, Evidence evidence, Findings findings) {
    TestAlertDelivery test = view.data();
    return switch (test.outcome()) {
      case DELIVERED ->
          findings.pass(
              "alertmanager",
              "test alert delivered to "
                  + test.channel()
                  + routed(test)
                  + test.deliverySeconds()
                      .map(s -> String.format(Locale.ROOT, " in %.1f s", s))
                      .orElse(""),
              view);
      case NOT_DELIVERED ->
          findings.fail(
              "alertmanager",
              "test alert not delivered to " + test.channel() + ": " + test.reason(),
              view.location(),
              List.of(view.id()),
              fix(test, evidence));
      case NOT_SENT ->
          findings.about(Status.UNVERIFIED, "alertmanager", "no evidence: " + test.reason(), view);
    };
  }

  private static String routed(TestAlertDelivery test) {
    return test.routedTo().isEmpty()
        ? ""
        : " through receiver " + String.join(", ", test.routedTo());
  }

  private static String fix(TestAlertDelivery test, Evidence evidence) {
    Optional<AlertmanagerStatus> status =
        evidence.all(AlertmanagerStatus.class).stream().findFirst().map(FactView::data);
    List<String> silent =
        test.routedTo().stream()
            .filter(
                name ->
                    status
                        .flatMap(s -> s.receiver(name))
                        .map(r -> r.integrations().isEmpty())
                        .orElse(false))
            .toList();
    if (!silent.isEmpty()) {
      return "Receiver "
          + String.join(", ", silent)
          + " notifies nobody: give it a webhook_configs (or another integration) that reaches "
          + test.channel();
    }
    if (test.routedTo().isEmpty()) {
      return "Route alerts (alertname=OpsgradeTestAlert included) to a receiver that reaches "
          + test.channel();
    }
    return "Point receiver "
        + test.routedTo().stream().collect(Collectors.joining(", "))
        + " at "
        + test.channel()
        + " and check Alertmanager's log for notify errors";
  }
}
