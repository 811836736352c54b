package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.report.html.Html;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.slo.Objective;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The service status matrix: per monitor its last probe, uptime over 24 h / 7 d / 30 d with a bar
 * of the last 30 days, p95 latency and the SLO's error budget; below, the maintenance windows and a
 * form to declare one.
 */
final class ServicesPage {
  private ServicesPage() {}

  static String body(
      List<ServiceRow> rows, Objective objective, List<MaintenanceWindow> windows, String csrf) {
    String caption =
        "<p class=\"muted\">SLO: "
            + escape(percent(objective.target()))
            + " over "
            + escape(objective.window().toDays() + " days")
            + "; maintenance is left out of the error budget.</p>\n";
    return Html.section("matrix", "Status matrix", caption + table(rows))
        + Html.section("maintenance", "Maintenance", maintenance(windows, csrf));
  }

  private static String table(List<ServiceRow> rows) {
    if (rows.isEmpty()) {
      return "<p class=\"muted\">Nothing is monitored: the inventory lists no endpoints and the"
          + " history holds no probes.</p>";
    }
    StringBuilder out =
        new StringBuilder("<div class=\"scroll\"><table class=\"stack\" id=\"services\">")
            .append(
                Html.header(
                    "Service",
                    "Now",
                    "24 h",
                    "7 d",
                    "30 d",
                    "Last 30 days",
                    "p95 24 h",
                    "Budget left"))
            .append("<tbody>");
    for (ServiceRow row : rows) {
      out.append("<tr data-monitor=\"")
          .append(escape(row.name()))
          .append("\">")
          .append(Html.cell("Service", row.name()))
          .append(Html.cellHtml("Now", now(row.last())))
          .append(Html.cell("24 h", ratio(row.day())))
          .append(Html.cell("7 d", ratio(row.week())))
          .append(Html.cell("30 d", ratio(row.month())))
          .append(Html.cellHtml("Last 30 days", UptimeBar.svg(row.days())))
          .append(Html.cell("p95 24 h", row.p95Millis().map(ServicesPage::millis).orElse("-")))
          .append(Html.cell("Budget left", budget(row)))
          .append("</tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private static String now(Optional<ProbeSample> last) {
    if (last.isEmpty()) {
      return "<span class=\"state-unknown\">unknown</span>";
    }
    ProbeSample sample = last.get();
    String text =
        sample.ok() ? "up" : "down" + (sample.detail().isEmpty() ? "" : ": " + sample.detail());
    return "<span class=\"state-"
        + (sample.ok() ? "up" : "down")
        + "\" title=\""
        + escape(DateTimeFormatter.ISO_INSTANT.format(sample.at()))
        + "\">"
        + escape(text)
        + "</span>";
  }

  private static String budget(ServiceRow row) {
    if (row.slo().availability().isEmpty()) {
      return "-";
    }
    // Burn-rate alerts need minute buckets and are the daemon's to send; the matrix shows the
    // budget of the whole window.
    double left = row.slo().budgetLeft();
    return left >= 0
        ? percent(left)
        : String.format(Locale.ROOT, "none (%.1f× the budget spent)", 1 - left);
  }

  static String ratio(Optional<Double> ratio) {
    return ratio.map(ServicesPage::percent).orElse("-");
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
  }

  private static String millis(double value) {
    return Double.isInfinite(value)
        ? "over the last bound"
        : String.format(Locale.ROOT, "%.0f ms", value);
  }

  private static String maintenance(List<MaintenanceWindow> windows, String csrf) {
    StringBuilder out = new StringBuilder();
    if (windows.isEmpty()) {
      out.append("<p class=\"muted\">No maintenance declared.</p>");
    } else {
      out.append("<ul>");
      for (MaintenanceWindow window : windows) {
        out.append("<li>")
            .append(escape(window.start() + " to " + window.end() + ": " + window.reason()))
            .append("</li>");
      }
      out.append("</ul>");
    }
    out.append("<form class=\"stack\" method=\"post\" action=\"/maintenance\">")
        .append(Layout.csrfField(csrf))
        .append(
            "<label>Start (UTC) <input type=\"datetime-local\" name=\"start\" required></label>")
        .append("<label>End (UTC) <input type=\"datetime-local\" name=\"end\" required></label>")
        .append(
            "<label>Reason <input type=\"text\" name=\"reason\" required maxlength=\"200\"></label>")
        .append("<button type=\"submit\">Declare maintenance</button></form>");
    return out.toString();
  }
}
