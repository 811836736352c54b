package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.cell;
import static dev.opsgrade.report.html.Html.cellHtml;
import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.report.text.FindingDisplay;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;

/**
 * Every finding, grouped by category: problems and waivers open with their evidence ids and fix,
 * passes and not-applicable ones folded away but present.
 */
public final class FindingsByCategory {
  private final Catalogue catalogue;

  public FindingsByCategory(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String render(Assessment assessment) {
    StringBuilder out = new StringBuilder();
    for (CategoryScore category : assessment.categories()) {
      List<Finding> findings =
          assessment.findings().stream()
              .filter(f -> f.category() == category.id())
              .sorted(FindingDisplay.WORST_FIRST)
              .toList();
      List<Finding> open = findings.stream().filter(f -> needsReading(f.status())).toList();
      List<Finding> folded = findings.stream().filter(f -> !needsReading(f.status())).toList();
      out.append("<h3>")
          .append(escape(category.id().id()))
          .append(" <span class=\"muted\">")
          .append(escape(category.score().map(ScoreFormat::score).orElse("not assessed")))
          .append("</span></h3>\n");
      if (findings.isEmpty()) {
        out.append("<p class=\"muted\">No findings in this category.</p>\n");
        continue;
      }
      if (!open.isEmpty()) {
        out.append(table(open));
      }
      if (!folded.isEmpty()) {
        out.append("<details><summary>")
            .append(folded.size())
            .append(" passing or not applicable</summary>")
            .append(table(folded))
            .append("</details>\n");
      }
    }
    return Html.section("findings", "Findings", out.toString());
  }

  private static boolean needsReading(Status status) {
    return status.isProblem() || status == Status.WAIVED;
  }

  private String table(List<Finding> findings) {
    StringBuilder out =
        new StringBuilder("<div class=\"scroll\"><table class=\"stack\">")
            .append(
                Html.header("status", "check", "subject", "location", "message", "evidence", "fix"))
            .append("<tbody>");
    for (Finding f : findings) {
      out.append("<tr>")
          .append(cellHtml("status", Html.badge(f.status().name())))
          .append(cell("check", f.check()))
          .append(cell("subject", f.subject()))
          .append(cell("location", f.location().map(Location::display).orElse("-")))
          .append(cell("message", FindingDisplay.message(f)))
          .append(cellHtml("evidence", evidence(f)))
          .append(cell("fix", fix(f)))
          .append("</tr>\n");
    }
    return out.append("</tbody></table></div>\n").toString();
  }

  private static String evidence(Finding finding) {
    if (finding.evidence().isEmpty()) {
      return "-";
    }
    StringBuilder out = new StringBuilder();
    finding.evidence().forEach(id -> out.append("<code>").append(escape(id)).append("</code> "));
    return out.toString().strip();
  }

  /** The finding's own fix, else the catalogue's general fix for its check. */
  private String fix(Finding finding) {
    if (!needsReading(finding.status()) || finding.status() == Status.WAIVED) {
      return "-";
    }
    return FindingDisplay.fix(finding, catalogue).orElse("-");
  }
}
