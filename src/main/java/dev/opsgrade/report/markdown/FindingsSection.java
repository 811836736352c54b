package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Findings per category: problems and waivers in full, passes as counts per check. */
final class FindingsSection {
  private final FindingText text;

  FindingsSection(FindingText text) {
    this.text = text;
  }

  String render(Assessment assessment) {
    StringBuilder out = new StringBuilder("## Findings\n\n");
    for (CategoryScore category : assessment.categories()) {
      List<Finding> findings =
          assessment.findings().stream().filter(f -> f.category() == category.id()).toList();
      out.append("### ").append(category.id().id()).append(scored(category)).append("\n\n");
      out.append(category(findings));
    }
    return out.toString();
  }

  private String category(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "No findings in this category.\n\n";
    }
    StringBuilder out = new StringBuilder();
    List<Finding> listed = FindingText.listed(findings);
    if (!listed.isEmpty()) {
      MarkdownTable table =
          MarkdownTable.of("status", "check", "subject", "location", "message", "fix");
      for (Finding f : listed) {
        table.row(
            f.status().name(),
            f.check(),
            f.subject(),
            FindingText.location(f),
            FindingText.message(f),
            text.fix(f));
      }
      out.append(table.render()).append('\n');
    }
    return out.append(passes(findings)).toString();
  }

  private static String passes(List<Finding> findings) {
    Map<String, Long> passing =
        findings.stream()
            .filter(f -> f.status() == Status.PASS)
            .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.counting()));
    long total = passing.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder out = new StringBuilder("Passing: ").append(total);
    if (total > 0) {
      out.append(" (")
          .append(
              passing.entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append(')');
    }
    long notApplicable = FindingText.count(findings, Status.NOT_APPLICABLE);
    if (notApplicable > 0) {
      out.append("; not applicable: ").append(notApplicable);
    }
    return out.append(".\n\n").toString();
  }

  private static String scored(CategoryScore category) {
    return category
        .score()
        .map(
            s ->
                " (score %s, minimum %s)"
                    .formatted(ScoreFormat.score(s), ScoreFormat.number(category.minimum())))
        .orElse(" (not assessed)");
  }
}
