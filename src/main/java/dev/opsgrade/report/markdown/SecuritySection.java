package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.stream.Collectors;

/** One check of the security audit: every subject it examined, or why it was not assessed. */
final class SecuritySection {
  private final FindingText text;

  SecuritySection(FindingText text) {
    this.text = text;
  }

  String render(String check, String name, String title, List<Finding> findings) {
    StringBuilder out = new StringBuilder("## ").append(name).append(" (").append(check);
    out.append(")\n\n").append(MarkdownText.escape(title)).append(".\n\n");
    if (findings.isEmpty()) {
      return out.append("Not assessed: the assessment has no finding for this check.\n\n")
          .toString();
    }
    if (findings.stream().allMatch(f -> f.status() == Status.UNVERIFIED)) {
      String reasons =
          findings.stream().map(Finding::message).distinct().collect(Collectors.joining("; "));
      return out.append("Not assessed: ")
          .append(MarkdownText.escape(reasons))
          .append("\n\n")
          .toString();
    }
    out.append(counts(findings)).append("\n\n");
    MarkdownTable table = MarkdownTable.of("subject", "location", "status", "message", "fix");
    findings.stream()
        .filter(f -> f.status() != Status.NOT_APPLICABLE)
        .sorted(FindingText.ORDER)
        .forEach(
            f ->
                table.row(
                    f.subject(),
                    FindingText.location(f),
                    f.status().name(),
                    FindingText.message(f),
                    text.fix(f)));
    if (!table.isEmpty()) {
      out.append(table.render()).append('\n');
    }
    return out.toString();
  }

  private static String counts(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Status status : FindingText.STATUS_ORDER) {
      long n = FindingText.count(findings, status);
      if (n > 0) {
        out.append(out.isEmpty() ? "" : ", ").append(n).append(' ').append(label(status));
      }
    }
    return out.append('.').toString();
  }

  private static String label(Status status) {
    return switch (status) {
      case PASS -> "passing";
      case FAIL -> "failing";
      case WARN -> "warning";
      case UNVERIFIED -> "unverified";
      case NOT_APPLICABLE -> "not applicable";
      case WAIVED -> "waived";
    };
  }
}
