package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.Waivers;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import java.util.List;

/**
 * The waivers: those in force (each finding they waive), those expired (the findings fail again)
 * and those that match nothing (to be removed or corrected).
 */
final class WaiversSection {
  private WaiversSection() {}

  static String render(List<Finding> findings, List<Waivers.Unmatched> unmatched) {
    List<Finding> inForce =
        findings.stream()
            .filter(f -> f.status() == Status.WAIVED && f.waiver().isPresent())
            .sorted(FindingText.ORDER)
            .toList();
    List<Finding> expired =
        findings.stream()
            .filter(f -> f.status() != Status.WAIVED && f.waiver().isPresent())
            .sorted(FindingText.ORDER)
            .toList();
    if (inForce.isEmpty() && expired.isEmpty() && unmatched.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Waivers\n\n");
    if (!inForce.isEmpty()) {
      out.append("In force (scored as passed until they expire):\n\n")
          .append(table(inForce, "until").render())
          .append('\n');
    }
    if (!expired.isEmpty()) {
      out.append("Expired (the findings fail again):\n\n")
          .append(table(expired, "expired after").render())
          .append('\n');
    }
    if (!unmatched.isEmpty()) {
      MarkdownTable table =
          MarkdownTable.of("check", "subject", "until", "approved by", "why it matches nothing");
      for (Waivers.Unmatched u : unmatched) {
        Waiver w = u.waiver();
        table.row(w.check(), w.subject(), w.expires().toString(), w.approver(), u.reason());
      }
      out.append("Matching nothing (remove or correct them):\n\n")
          .append(table.render())
          .append('\n');
    }
    return out.toString();
  }

  private static MarkdownTable table(List<Finding> findings, String dateColumn) {
    MarkdownTable table =
        MarkdownTable.of("check", "subject", dateColumn, "approved by", "justification");
    for (Finding f : findings) {
      Waiver w = f.waiver().orElseThrow();
      table.row(f.check(), f.subject(), w.expires().toString(), w.approver(), w.justification());
    }
    return table;
  }
}
