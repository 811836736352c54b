package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Category;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;

/** A category's score as a deliverable's first line gives it: "72.5 (minimum 60, weight 15)". */
final class CategoryScoreText {
  private CategoryScoreText() {}

  static String of(Assessment assessment, Category category) {
    return assessment.categories().stream()
        .filter(c -> c.id() == category)
        .findFirst()
        .map(CategoryScoreText::of)
        .orElse("not assessed");
  }

  private static String of(CategoryScore category) {
    return category.score().map(ScoreFormat::score).orElse("not assessed")
        + " (minimum "
        + ScoreFormat.number(category.minimum())
        + ", weight "
        + ScoreFormat.number(category.weight())
        + ")";
  }
}
