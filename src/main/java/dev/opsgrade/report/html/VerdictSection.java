package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.Grade;
import dev.opsgrade.score.ScoreFormat;
import java.util.Locale;

/** The grade card (letter, score, verdict, blockers) and a bar per category. */
public final class VerdictSection {
  private VerdictSection() {}

  public static String render(Assessment assessment) {
    Grade grade = assessment.grade();
    StringBuilder out = new StringBuilder("<div class=\"card verdict\">");
    out.append("<div class=\"letter\">").append(escape(grade.letter())).append("</div><div>");
    out.append("<div><strong>")
        .append(escape(ScoreFormat.score(grade.score())))
        .append("</strong> / 100, target ")
        .append(escape(ScoreFormat.number(grade.target())))
        .append("</div>");
    out.append("<div class=\"ready ")
        .append(grade.productionReady() ? "yes\">Production ready" : "no\">Not production ready")
        .append("</div></div></div>\n");
    if (!grade.blockers().isEmpty()) {
      out.append("<h3>Blockers</h3><ul>");
      grade.blockers().forEach(b -> out.append("<li>").append(escape(b)).append("</li>"));
      out.append("</ul>\n");
    }
    return Html.section("verdict", "Verdict", out.toString())
        + Html.section("categories", "Categories", bars(assessment));
  }

  private static String bars(Assessment assessment) {
    StringBuilder out = new StringBuilder("<div class=\"bars\">");
    for (CategoryScore category : assessment.categories()) {
      out.append("<div class=\"cat\"><div class=\"name\">")
          .append(escape(category.id().id()))
          .append("</div>");
      out.append(bar(category));
      out.append("<div class=\"muted\">")
          .append(escape(category.score().map(ScoreFormat::score).orElse("not assessed")))
          .append(" &middot; weight ")
          .append(escape(ScoreFormat.number(category.weight())))
          .append(" &middot; ")
          .append(category.failing())
          .append(" of ")
          .append(category.checks())
          .append(" checks failing</div></div>\n");
    }
    return out.append("</div>\n").toString();
  }

  private static String bar(CategoryScore category) {
    double score = category.score().orElse(0.0);
    String label =
        category.id().id()
            + ": "
            + category.score().map(ScoreFormat::score).orElse("not assessed")
            + ", minimum "
            + ScoreFormat.number(category.minimum());
    return "<div class=\"bar"
        + (category.belowMinimum() ? " low" : "")
        + "\" role=\"img\" aria-label=\""
        + escape(label)
        + "\"><span style=\"width:"
        + percent(score)
        + "\"></span><i style=\"left:"
        + percent(category.minimum())
        + "\" title=\"minimum "
        + escape(ScoreFormat.number(category.minimum()))
        + "\"></i></div>";
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(100, value)));
  }
}
