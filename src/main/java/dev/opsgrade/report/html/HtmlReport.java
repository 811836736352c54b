package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.TrendPoint;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * opsgrade-report.html: the whole assessment in one self-contained page (inline CSS, inline SVG, no
 * script, no external resource; a Content-Security-Policy forbids fetching anything), readable on a
 * phone and from a mail attachment.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "opsgrade-report.html";

  /** Nothing may be fetched: styles only inline, images only as inline SVG. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  private final FindingsByCategory findings;

  public HtmlReport(Catalogue catalogue) {
    this.findings = new FindingsByCategory(catalogue);
  }

  public String render(Assessment assessment, Optional<Evidence> evidence, List<TrendPoint> trend) {
    String title = "opsgrade: " + assessment.inventory();
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + CONTENT_SECURITY_POLICY
        + "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<style>"
        + HtmlStyle.CSS
        + "</style></head>\n<body><main>\n"
        + header(assessment)
        + VerdictSection.render(assessment)
        + TrendChart.render(trend, assessment.grade().target())
        + GapPlanTable.render(assessment)
        + findings.render(assessment)
        + ServiceMatrix.render(evidence).orElse("")
        + ClaimsSection.render(assessment.claims())
        + footer(assessment)
        + "</main></body></html>\n";
  }

  private static String header(Assessment assessment) {
    return "<header><h1>Production readiness: "
        + escape(assessment.inventory())
        + "</h1><p class=\"muted\">Evidence collected "
        + escape(DateTimeFormatter.ISO_INSTANT.format(assessment.collectedAt()))
        + "</p></header>\n";
  }

  private static String footer(Assessment assessment) {
    return "<footer>Evidence bundle SHA-256: <code>"
        + escape(assessment.evidenceSha256())
        + "</code>. Every number here is computed from that bundle: re-grading it with"
        + " <code>opsgrade assess --from-evidence</code> gives the same result.</footer>\n";
  }
}
