package dev.opsgrade.serve.web;

import dev.opsgrade.report.html.ClaimsSection;
import dev.opsgrade.report.html.FindingsByCategory;
import dev.opsgrade.report.html.GapPlanTable;
import dev.opsgrade.report.html.Html;
import dev.opsgrade.score.Assessment;
import java.util.Optional;

/** Findings with the gap plan, and the docs' claims: the report's sections, escaped as there. */
final class FindingsPage {
  private static final String NONE = "<p class=\"muted\">No assessment recorded yet.</p>";

  private FindingsPage() {}

  static String findings(Optional<Assessment> latest, FindingsByCategory byCategory) {
    return latest
        .map(a -> GapPlanTable.render(a) + byCategory.render(a))
        .orElse(Html.section("findings", "Findings", NONE));
  }

  static String claims(Optional<Assessment> latest) {
    return latest
        .map(a -> ClaimsSection.render(a.claims()))
        .orElse(Html.section("claims", "Claims", NONE));
  }
}
