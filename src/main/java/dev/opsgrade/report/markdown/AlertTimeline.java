package dev.opsgrade.report.markdown;

import dev.opsgrade.collect.alertmanager.AlertmanagerStatus;
import dev.opsgrade.collect.alertmanager.TestAlertDelivery;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The test alert's path as a timeline: sent, seen by Alertmanager, delivered, resolved. */
final class AlertTimeline {
  private AlertTimeline() {}

  static Optional<String> render(Evidence evidence) {
    Optional<String> status =
        evidence.all(AlertmanagerStatus.class).stream()
            .findFirst()
            .map(FactView::data)
            .map(AlertTimeline::status);
    Optional<String> test =
        evidence.all(TestAlertDelivery.class).stream()
            .findFirst()
            .map(FactView::data)
            .map(AlertTimeline::render);
    return status.isEmpty() && test.isEmpty()
        ? Optional.empty()
        : Optional.of(status.orElse("") + test.orElse(""));
  }

  /** The Alertmanager that routed it: version, cluster and every receiver's integrations. */
  private static String status(AlertmanagerStatus status) {
    String receivers =
        status.receivers().stream()
            .map(r -> r.name() + " (" + integrations(r) + ")")
            .collect(Collectors.joining(", "));
    return "- **Alertmanager:** "
        + MarkdownText.escape(status.version().orElse("version unknown"))
        + ", cluster "
        + MarkdownText.escape(status.clusterStatus())
        + ", receivers "
        + MarkdownText.escape(receivers.isEmpty() ? "none" : receivers)
        + "\n";
  }

  private static String integrations(AlertmanagerStatus.Receiver receiver) {
    if (!receiver.integrationsKnown()) {
      return "integrations unknown";
    }
    return receiver.integrations().isEmpty()
        ? "no integrations"
        : String.join(", ", receiver.integrations());
  }

  private static String render(TestAlertDelivery test) {
    StringBuilder out = new StringBuilder();
    out.append("- **Outcome:** ").append(test.outcome().name());
    test.deliverySeconds()
        .ifPresent(
            s -> out.append(String.format(Locale.ROOT, ", %.1f s from sending to delivery", s)));
    out.append('\n');
    if (!test.channel().isEmpty()) {
      out.append("- **Watched:** ").append(MarkdownText.escape(test.channel())).append('\n');
    }
    if (!test.routedTo().isEmpty()) {
      out.append("- **Routed to:** ")
          .append(MarkdownText.escape(String.join(", ", test.routedTo())))
          .append('\n');
    }
    if (!test.reason().isEmpty()) {
      out.append("- **Reason:** ").append(MarkdownText.escape(test.reason())).append('\n');
    }
    if (!test.runId().isEmpty()) {
      out.append("- **Run label:** opsgrade_run=")
          .append(MarkdownText.code(test.runId()))
          .append('\n');
    }
    out.append('\n');
    if (test.timeline().isEmpty()) {
      return out.toString();
    }
    MarkdownTable table =
        MarkdownTable.of("step", "time", "after sending", "detail").rightAligned(2);
    var sent = test.timeline().getFirst().at();
    for (TestAlertDelivery.Step step : test.timeline()) {
      Duration after = Duration.between(sent, step.at());
      table.row(
          step.step(),
          MonitoringFactTables.time(step.at()),
          String.format(Locale.ROOT, "%.1f s", after.toMillis() / 1000.0),
          step.detail());
    }
    return out.append(table.render()).toString();
  }
}
