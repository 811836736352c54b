package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.report.html.Html;
import dev.opsgrade.report.html.TrendChart;
import dev.opsgrade.report.html.VerdictSection;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.TrendPoint;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The overview: grade and categories of the latest assessment, the trend, the daemon's state. */
final class OverviewPage {
  private OverviewPage() {}

  static String body(
      Optional<Assessment> latest, List<TrendPoint> trend, ServeStatus status, String csrf) {
    StringBuilder out = new StringBuilder();
    out.append(daemon(status, csrf));
    if (latest.isEmpty()) {
      out.append(
          Html.section(
              "verdict",
              "Grade",
              "<p class=\"muted\">No assessment recorded yet: the first runs on schedule, or"
                  + " now with the button above.</p>"));
      return out.toString();
    }
    Assessment assessment = latest.get();
    out.append("<p class=\"muted\">Evidence collected ")
        .append(
            escape(
                DateTimeFormatter.ISO_INSTANT.format(
                    assessment.collectedAt().truncatedTo(ChronoUnit.SECONDS))))
        .append("</p>\n");
    out.append(VerdictSection.render(assessment));
    out.append(TrendChart.render(trend, assessment.grade().target()));
    return out.toString();
  }

  private static String daemon(ServeStatus status, String csrf) {
    String round =
        status
            .lastProbeRound()
            .map(
                at ->
                    "last probe round "
                        + DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)))
            .orElse("no probe round yet");
    return "<div class=\"card\" id=\"daemon\"><p>"
        + escape((status.ready() ? "Ready" : "Starting") + "; " + round + ".")
        + "</p><form method=\"post\" action=\"/assess\">"
        + Layout.csrfField(csrf)
        + "<button type=\"submit\">Assess now</button></form></div>\n";
  }
}
