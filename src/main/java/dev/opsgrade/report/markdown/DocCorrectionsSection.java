package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;

/**
 * "Docs that need correction": every contradicted claim with the line to change and the measured
 * value to write there, so the docs can be fixed in one pass.
 */
final class DocCorrectionsSection {
  static final String CLAIMS_CHECK = "doc.claims";

  private DocCorrectionsSection() {}

  static String render(List<Finding> findings) {
    List<Finding> contradicted =
        findings.stream()
            .filter(f -> f.check().equals(CLAIMS_CHECK) && f.status() == Status.FAIL)
            .sorted(FindingText.ORDER)
            .toList();
    if (contradicted.isEmpty()) {
      return "";
    }
    MarkdownTable table = MarkdownTable.of("line", "what it says now", "correction");
    for (Finding finding : contradicted) {
      table.row(
          FindingText.location(finding),
          FindingText.message(finding),
          finding.fix().orElse("write the measured value"));
    }
    return "## Docs that need correction\n\n"
        + (contradicted.size() == 1
            ? "1 claim in the docs contradicts"
            : contradicted.size() + " claims in the docs contradict")
        + " what was measured:\n\n"
        + table.render()
        + "\n";
  }
}
