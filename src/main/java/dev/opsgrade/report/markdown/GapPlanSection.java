package dev.opsgrade.report.markdown;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.GapItem;
import dev.opsgrade.score.Grade;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;

/** The ranked gap plan: what to fix first, the points each fix adds and where that leads. */
final class GapPlanSection {
  /** Rows listed beyond those needed to reach the target; the rest are summarized. */
  static final int ROWS = 25;

  private GapPlanSection() {}

  static String render(Assessment assessment) {
    Grade grade = assessment.grade();
    List<GapItem> plan = assessment.gapPlan();
    StringBuilder out = new StringBuilder("## Gap plan\n\n");
    if (plan.isEmpty()) {
      return out.append("Nothing to fix: no finding is a problem.\n\n").toString();
    }
    out.append(ScoreFormat.fixesToTarget(grade)).append("\n\n");
    int shown = Math.min(plan.size(), Math.max(ROWS, grade.fixesToTarget()));
    MarkdownTable table =
        MarkdownTable.of("#", "check", "subject", "points", "cumulative score", "blocking")
            .rightAligned(0, 3, 4);
    double cumulative = grade.score();
    for (int i = 0; i < shown; i++) {
      GapItem item = plan.get(i);
      cumulative = Math.min(100, cumulative + item.points());
      table.row(
          String.valueOf(i + 1),
          item.check(),
          item.subject(),
          ScoreFormat.points(item.points()),
          ScoreFormat.score(cumulative),
          item.blocking() ? "yes" : "no");
    }
    out.append(table.render()).append('\n');
    if (shown < plan.size()) {
      double rest = plan.subList(shown, plan.size()).stream().mapToDouble(GapItem::points).sum();
      out.append("... and ")
          .append(plan.size() - shown)
          .append(" more, worth ")
          .append(ScoreFormat.points(rest))
          .append(" points together.\n\n");
    }
    return out.toString();
  }
}
