package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One small SVG strip per service: a cell per day, green all up, red mostly down, grey unknown. */
final class UptimeBar {
  private static final double UP = 0.999;
  private static final double DEGRADED = 0.9;

  private UptimeBar() {}

  static String svg(List<Optional<Double>> days) {
    StringBuilder out =
        new StringBuilder("<svg class=\"uptime\" viewBox=\"0 0 ")
            .append(days.size() * 4)
            .append(
                " 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"uptime per day\">");
    for (int i = 0; i < days.size(); i++) {
      Optional<Double> day = days.get(i);
      out.append("<rect class=\"")
          .append(css(day))
          .append("\" x=\"")
          .append(i * 4)
          .append("\" y=\"0\" width=\"3\" height=\"10\"><title>")
          .append(
              escape(
                  day.map(d -> String.format(Locale.ROOT, "%.2f%%", d * 100)).orElse("no probes")))
          .append("</title></rect>");
    }
    return out.append("</svg>").toString();
  }

  private static String css(Optional<Double> day) {
    if (day.isEmpty()) {
      return "none";
    }
    return day.get() >= UP ? "up" : day.get() >= DEGRADED ? "degraded" : "down";
  }
}
