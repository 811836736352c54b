package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.cell;
import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.GapItem;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;

/** What to fix first: the gap plan with the points each fix adds and the score it leads to. */
public final class GapPlanTable {
  /** Rows shown beyond those that reach the target; the rest are summed up. */
  static final int ROWS = 25;

  private GapPlanTable() {}

  public static String render(Assessment assessment) {
    List<GapItem> plan = assessment.gapPlan();
    if (plan.isEmpty()) {
      return Html.section(
          "gap-plan", "Gap plan", "<p>Nothing to fix: no finding is a problem.</p>");
    }
    StringBuilder out =
        new StringBuilder("<p>")
            .append(escape(ScoreFormat.fixesToTarget(assessment.grade())))
            .append("</p><div class=\"scroll\"><table class=\"stack\">")
            .append(Html.header("#", "check", "subject", "points", "score after", "blocking"))
            .append("<tbody>");
    int shown = Math.min(plan.size(), Math.max(ROWS, assessment.grade().fixesToTarget()));
    double cumulative = assessment.grade().score();
    for (int i = 0; i < shown; i++) {
      GapItem item = plan.get(i);
      cumulative = Math.min(100, cumulative + item.points());
      out.append("<tr>")
          .append(cell("#", String.valueOf(i + 1)))
          .append(cell("check", item.check()))
          .append(cell("subject", item.subject()))
          .append(cell("points", ScoreFormat.points(item.points())))
          .append(cell("score after", ScoreFormat.score(cumulative)))
          .append(cell("blocking", item.blocking() ? "yes" : "no"))
          .append("</tr>\n");
    }
    out.append("</tbody></table></div>");
    if (shown < plan.size()) {
      double rest = plan.subList(shown, plan.size()).stream().mapToDouble(GapItem::points).sum();
      out.append("<p class=\"muted\">... and ")
          .append(plan.size() - shown)
          .append(" more, worth ")
          .append(escape(ScoreFormat.points(rest)))
          .append(" points together.</p>");
    }
    return Html.section("gap-plan", "Gap plan", out.toString());
  }
}
