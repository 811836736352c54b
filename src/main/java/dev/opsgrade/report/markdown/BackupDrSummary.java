package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import java.util.List;

/** The first lines of BACKUP_DR_STATUS: the backup_dr score, then passing/examined per check. */
final class BackupDrSummary {
  private BackupDrSummary() {}

  static String render(Assessment assessment, List<String> checks) {
    StringBuilder out = new StringBuilder("## Summary\n\n");
    out.append("- **Backup and DR score:** ")
        .append(CategoryScoreText.of(assessment, Category.BACKUP_DR))
        .append('\n');
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
}
