package dev.opsgrade.report.terminal;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;

/** The category table of the terminal summary, with the overall score under it. */
final class CategoryTable {
  private final TerminalStyle style;

  CategoryTable(TerminalStyle style) {
    this.style = style;
  }

  String render(Assessment assessment) {
    StringBuilder out = new StringBuilder("  ");
    out.append(style.dim(header())).append('\n');
    for (CategoryScore category : assessment.categories()) {
      out.append("  ").append(row(category)).append('\n');
    }
    out.append("  ").append("-".repeat(header().length())).append('\n');
    out.append("  ")
        .append(style.bold(TerminalText.padRight("overall", 16)))
        .append(style.bold(TerminalText.padLeft(ScoreFormat.score(assessment.grade().score()), 7)))
        .append("  target ")
        .append(ScoreFormat.number(assessment.grade().target()))
        .append('\n');
    return out.toString();
  }

  private static String header() {
    return TerminalText.padRight("CATEGORY", 16)
        + TerminalText.padLeft("SCORE", 7)
        + TerminalText.padLeft("MINIMUM", 9)
        + TerminalText.padLeft("WEIGHT", 8)
        + "  CHECKS FAILING";
  }

  private String row(CategoryScore category) {
    String score = TerminalText.padLeft(category.score().map(ScoreFormat::score).orElse("-"), 7);
    String failing = category.failing() + " of " + category.checks();
    String line =
        TerminalText.padRight(category.id().id(), 16)
            + colourScore(category, score)
            + TerminalText.padLeft(ScoreFormat.number(category.minimum()), 9)
            + TerminalText.padLeft(ScoreFormat.number(category.weight()), 8)
            + "  "
            + (category.failing() > 0 ? style.yellow(failing) : failing);
    if (category.score().isEmpty()) {
      return line + style.dim("  not assessed");
    }
    return category.belowMinimum() ? line + "  " + style.red("below minimum") : line;
  }

  private String colourScore(CategoryScore category, String score) {
    if (category.score().isEmpty()) {
      return score;
    }
    return category.belowMinimum() ? style.red(score) : style.green(score);
  }
}
