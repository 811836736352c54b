package dev.opsgrade.serve.web;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.history.HistoryView;
import dev.opsgrade.report.html.Html;
import dev.opsgrade.score.ScoreFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The recorded assessments with their change in score, and the latest journal entries. */
final class HistoryPage {
  private HistoryPage() {}

  static String body(HistoryView view, List<JournalEntry> journal) {
    return Html.section("assessments", "Assessments", assessments(view))
        + Html.section("journal", "Journal", journal(journal));
  }

  private static String assessments(HistoryView view) {
    if (view.rows().isEmpty()) {
      return "<p class=\"muted\">No assessment recorded yet.</p>";
    }
    StringBuilder out =
        new StringBuilder("<table class=\"stack\">")
            .append(Html.header("Date", "Grade", "Score", "Change", "Ready", "Problems"))
            .append("<tbody>");
    for (HistoryView.Row row : view.rows().reversed()) {
      out.append("<tr>")
          .append(Html.cell("Date", DateTimeFormatter.ISO_INSTANT.format(row.collectedAt())))
          .append(Html.cell("Grade", row.letter()))
          .append(Html.cell("Score", ScoreFormat.score(row.score())))
          .append(Html.cell("Change", row.delta().map(ScoreFormat::delta).orElse("-")))
          .append(Html.cell("Ready", row.productionReady() ? "yes" : "no"))
          .append(Html.cell("Problems", "" + row.problems()))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String journal(List<JournalEntry> entries) {
    if (entries.isEmpty()) {
      return "<p class=\"muted\">The journal is empty.</p>";
    }
    StringBuilder out =
        new StringBuilder("<table class=\"stack\">")
            .append(Html.header("#", "When", "Kind", "Subject"))
            .append("<tbody>");
    for (JournalEntry entry : entries.reversed()) {
      out.append("<tr>")
          .append(Html.cell("#", "" + entry.seq()))
          .append(Html.cell("When", DateTimeFormatter.ISO_INSTANT.format(entry.at())))
          .append(Html.cell("Kind", entry.kind()))
          .append(Html.cell("Subject", entry.subject()))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
