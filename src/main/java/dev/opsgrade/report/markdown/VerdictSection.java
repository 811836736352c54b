package dev.opsgrade.report.markdown;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.Grade;
import dev.opsgrade.score.ScoreFormat;

/** The verdict (score, letter, production ready and why not) and the category table. */
final class VerdictSection {
  private VerdictSection() {}

  static String render(Assessment assessment) {
    Grade grade = assessment.grade();
    StringBuilder out = new StringBuilder("## Verdict\n\n");
    out.append("- **Score:** ")
        .append(ScoreFormat.score(grade.score()))
        .append(" / 100 (target ")
        .append(ScoreFormat.number(grade.target()))
        .append(")\n");
    out.append("- **Grade:** ").append(MarkdownText.escape(grade.letter())).append('\n');
    out.append("- **Production ready:** ").append(grade.productionReady() ? "yes" : "no");
    out.append("\n\n");
    if (grade.blockers().isEmpty()) {
      out.append(
          "No blockers: the score meets the target, every category is at or above its minimum"
              + " and no blocking check fails.\n\n");
    } else {
      out.append("Blockers:\n\n");
      grade.blockers().forEach(b -> out.append("- ").append(MarkdownText.escape(b)).append('\n'));
      out.append('\n');
    }
    out.append("## Categories\n\n").append(categories(assessment).render()).append('\n');
    return out.toString();
  }

  private static MarkdownTable categories(Assessment assessment) {
    MarkdownTable table =
        MarkdownTable.of("category", "score", "minimum", "weight", "checks failing", "status")
            .rightAligned(1, 2, 3, 4);
    for (CategoryScore category : assessment.categories()) {
      table.row(
          category.id().id(),
          category.score().map(ScoreFormat::score).orElse(FindingText.NONE),
          ScoreFormat.number(category.minimum()),
          ScoreFormat.number(category.weight()),
          category.failing() + " of " + category.checks(),
          status(category));
    }
    return table;
  }

  private static String status(CategoryScore category) {
    if (category.score().isEmpty()) {
      return "not assessed: no check applied";
    }
    return category.belowMinimum() ? "below minimum" : "ok";
  }
}
