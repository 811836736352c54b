package dev.opsgrade.serve.web;

import dev.opsgrade.report.html.Html;
import java.util.List;

/** The reports folder's files, each a download link. */
final class ReportsPage {
  private ReportsPage() {}

  static String body(List<ReportFiles.ReportFile> files) {
    if (files.isEmpty()) {
      return "<p class=\"muted\">No reports written yet.</p>";
    }
    StringBuilder out =
        new StringBuilder("<table class=\"stack\" id=\"report-files\">")
            .append(Html.header("File", "Size"))
            .append("<tbody>");
    for (ReportFiles.ReportFile file : files) {
      out.append("<tr>")
          .append(
              Html.cellHtml(
                  "File",
                  "<a download href=\"/reports/"
                      + Html.escape(PathText.path(file.path()))
                      + "\">"
                      + Html.escape(file.path())
                      + "</a>"))
          .append(Html.cell("Size", file.bytes() + " bytes"))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
