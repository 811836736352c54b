package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.DeliverableResult;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.report.html.Html;
import java.util.List;

/**
 * The phases with their state, criteria and deliverables, each with a sign-off form. The form posts
 * what `opsgrade accept` takes as options; the server hands it to the same sign-off code.
 */
final class PhasesPage {
  private PhasesPage() {}

  static String body(List<PhaseStatus> phases, String csrf) {
    if (phases.isEmpty()) {
      return "<p class=\"muted\">The inventory declares no phases.</p>";
    }
    StringBuilder out = new StringBuilder();
    for (PhaseStatus status : phases) {
      out.append(phase(status, csrf));
    }
    return out.toString();
  }

  private static String phase(PhaseStatus status, String csrf) {
    String id = status.phase().id();
    return "<section class=\"phase\" id=\"phase-"
        + escape(id)
        + "\"><h2>"
        + escape(id + ": " + status.phase().name())
        + "</h2><p class=\"phase-state\">"
        + escape(status.label())
        + status.acceptance().map(a -> escape(", signed off by " + a.acceptedBy())).orElse("")
        + "</p>"
        + criteria(status.criteria())
        + deliverables(status.deliverables())
        + form(id, csrf)
        + "</section>\n";
  }

  private static String criteria(List<CriterionResult> criteria) {
    if (criteria.isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("<table class=\"stack\">")
            .append(Html.header("Criterion", "Verdict", "Failing"));
    out.append("<tbody>");
    for (CriterionResult criterion : criteria) {
      out.append("<tr>")
          .append(Html.cell("Criterion", criterion.check()))
          .append(Html.cell("Verdict", criterion.verdict().label()))
          .append(Html.cell("Failing", String.join(", ", criterion.failingSubjects())))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String deliverables(List<DeliverableResult> deliverables) {
    if (deliverables.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<p>Deliverables: ");
    for (int i = 0; i < deliverables.size(); i++) {
      DeliverableResult deliverable = deliverables.get(i);
      out.append(i == 0 ? "" : ", ")
          .append(escape(deliverable.stem() + (deliverable.found() ? " (found)" : " (missing)")));
    }
    return out.append("</p>").toString();
  }

  private static String form(String id, String csrf) {
    return "<form class=\"stack signoff\" method=\"post\" action=\"/phases/"
        + escape(PathText.segment(id))
        + "/signoff\">"
        + Layout.csrfField(csrf)
        + "<label>Accepted by <input type=\"text\" name=\"by\" required maxlength=\"200\"></label>"
        + "<label>Kind <select name=\"kind\"><option value=\"full\">unconditional</option>"
        + "<option value=\"conditional\">conditional</option>"
        + "<option value=\"override\">override (criteria fail)</option></select></label>"
        + "<label>Conditional until <input type=\"date\" name=\"until\"></label>"
        + "<label>Conditions or override reason <input type=\"text\" name=\"reason\""
        + " maxlength=\"500\"></label>"
        + "<button type=\"submit\">Sign off</button></form>";
  }
}
