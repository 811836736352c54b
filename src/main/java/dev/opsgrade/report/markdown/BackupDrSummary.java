package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;

/** The first lines of BACKUP_DR_STATUS: the backup_dr score, then passing/examined per check. */
final class BackupDrSummary {
  private BackupDrSummary() {}

  static String render(Assessment assessment, List<String> checks) {
    StringBuilder out = new StringBuilder("## Summary\n\n");
    out.append("- **Backup and DR score:** ").append(score(assessment)).append('\n');
    for (String check : checks) {
      List<Finding> findings =
          assessment.findings().stream().filter(f -> f.check().equals(check)).toList();
      long examined = findings.stream().filter(f -> f.status() != Status.NOT_APPLICABLE).count();
      long passing = findings.stream().filter(f -> f.status() == Status.PASS).count();
      long unverified = findings.stream().filter(f -> f.status() == Status.UNVERIFIED).count();
      out.append("- **")
          .append(check)
          .append(":** ")
          .append(
              examined == 0
                  ? "not assessed"
                  : passing
                      + "/"
                      + examined
                      + " passing"
                      + (unverified > 0 ? ", " + unverified + " unverified" : ""))
          .append('\n');
    }
    return out.append('\n').toString();
  }

  private static String score(Assessment assessment) {
    return assessment.categories().stream()
        .filter(c -> c.id() == Category.BACKUP_DR)
        .findFirst()
        .map(BackupDrSummary::score)
        .orElse("not assessed");
  }

  private static String score(CategoryScore category) {
    return category.score().map(ScoreFormat::score).orElse("not assessed")
        + " (minimum "
        + ScoreFormat.number(category.minimum())
        + ", weight "
        + ScoreFormat.number(category.weight())
        + ")";
  }
}
