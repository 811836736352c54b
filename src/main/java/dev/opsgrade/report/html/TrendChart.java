package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.score.ScoreFormat;
import dev.opsgrade.score.TrendPoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The score over the recorded assessments as an inline SVG: points spaced by time, the target as a
 * dashed line, each point titled with its date and grade.
 */
public final class TrendChart {
  private static final int WIDTH = 600;
  private static final int HEIGHT = 170;
  private static final int LEFT = 34;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 24;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private TrendChart() {}

  public static String render(List<TrendPoint> trend, double target) {
    if (trend.isEmpty()) {
      return Html.section(
          "trend", "Grade trend", "<p class=\"muted\">No assessment recorded in history yet.</p>");
    }
    StringBuilder svg =
        new StringBuilder("<svg class=\"trend\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" role=\"img\" aria-label=\"score over ")
            .append(trend.size())
            .append(" assessments\">");
    for (int score : new int[] {0, 50, 100}) {
      svg.append(line("grid", y(score))).append(label(LEFT - 4, y(score) + 4, "end", "" + score));
    }
    svg.append(line("target", y(target)));
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < trend.size(); i++) {
      TrendPoint point = trend.get(i);
      String xy = num(x(trend, i)) + "," + num(y(point.score()));
      points.append(i == 0 ? "" : " ").append(xy);
      dots.append("<circle cx=\"")
          .append(num(x(trend, i)))
          .append("\" cy=\"")
          .append(num(y(point.score())))
          .append("\" r=\"3.5\"><title>")
          .append(escape(title(point)))
          .append("</title></circle>");
    }
    svg.append("<polyline points=\"").append(points).append("\"/>").append(dots);
    svg.append(label(LEFT, HEIGHT - 6, "start", DAY.format(trend.get(0).collectedAt())));
    svg.append(label(WIDTH - RIGHT, HEIGHT - 6, "end", DAY.format(trend.getLast().collectedAt())));
    svg.append("</svg>");
    String caption =
        "<p class=\"muted\">"
            + trend.size()
            + (trend.size() == 1 ? " assessment" : " assessments")
            + "; dashed: the target "
            + escape(ScoreFormat.number(target))
            + ".</p>";
    return Html.section("trend", "Grade trend", svg + caption);
  }

  private static String title(TrendPoint point) {
    return DAY.format(point.collectedAt())
        + ": "
        + point.letter()
        + " ("
        + ScoreFormat.score(point.score())
        + ")";
  }

  private static double x(List<TrendPoint> trend, int index) {
    long first = trend.get(0).collectedAt().toEpochMilli();
    long span = trend.getLast().collectedAt().toEpochMilli() - first;
    double plot = WIDTH - LEFT - RIGHT;
    if (span <= 0) {
      return trend.size() == 1 ? LEFT + plot / 2 : LEFT + plot * index / (trend.size() - 1);
    }
    return LEFT + plot * (trend.get(index).collectedAt().toEpochMilli() - first) / span;
  }

  private static double y(double score) {
    double clamped = Math.max(0, Math.min(100, score));
    return TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 100;
  }

  private static String line(String css, double y) {
    return "<line class=\""
        + css
        + "\" x1=\""
        + LEFT
        + "\" x2=\""
        + (WIDTH - RIGHT)
        + "\" y1=\""
        + num(y)
        + "\" y2=\""
        + num(y)
        + "\"/>";
  }

  private static String label(double x, double y, String anchor, String text) {
    return "<text x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + escape(text)
        + "</text>";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
