package dev.opsgrade.report.markdown;

import dev.opsgrade.score.Assessment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What every dated deliverable shares: its date, its title block and its evidence footer. */
final class Deliverable {
  private Deliverable() {}

  /** The assessment's date: the UTC day its evidence was collected. */
  static LocalDate date(Assessment assessment) {
    return assessment.collectedAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  static String fileName(String prefix, Assessment assessment) {
    return prefix + "_" + DateTimeFormatter.ISO_LOCAL_DATE.format(date(assessment)) + ".md";
  }

  static String title(String kind, Assessment assessment) {
    return "# "
        + kind
        + ": "
        + MarkdownText.escape(assessment.inventory())
        + "\n\n"
        + "Date: "
        + date(assessment)
        + " (evidence collected "
        + DateTimeFormatter.ISO_INSTANT.format(assessment.collectedAt())
        + ").\n\n";
  }

  static String footer(Assessment assessment) {
    return "---\n\n"
        + "Evidence bundle SHA-256: "
        + MarkdownText.code(assessment.evidenceSha256())
        + ". Every number in this report is computed from that bundle: re-grading it with"
        + " `opsgrade assess --from-evidence` gives the same result.\n";
  }
}
