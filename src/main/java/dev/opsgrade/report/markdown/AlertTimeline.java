package dev.opsgrade.report.markdown;

import dev.opsgrade.collect.alertmanager.TestAlertDelivery;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The test alert's path as a timeline: sent, seen by Alertmanager, delivered, resolved. */
final class AlertTimeline {
  private AlertTimeline() {}

  static Optional<String> render(Evidence evidence) {
    return evidence.all(TestAlertDelivery.class).stream()
        .findFirst()
        .map(FactView::data)
        .map(AlertTimeline::render);
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
