package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Changes;
import java.util.Optional;

/**
 * PRODUCTION_READY_ASSESSMENT_&lt;date&gt;.md: what changed, the verdict, the categories, the gap
 * plan and every finding, citing the evidence bundle.
 */
public final class AssessmentDocument {
  private final FindingsSection findings;

  public AssessmentDocument(Catalogue catalogue) {
    this.findings = new FindingsSection(new FindingText(catalogue));
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("PRODUCTION_READY_ASSESSMENT", assessment);
  }

  public String render(Assessment assessment, Changes changes) {
    return render(assessment, changes, Optional.empty());
  }

  /** With the evidence the assessment was computed from, for its hosts and containers. */
  public String render(Assessment assessment, Changes changes, Optional<Evidence> evidence) {
    return Deliverable.title("Production readiness assessment", assessment)
        + ChangesSection.render(changes)
        + VerdictSection.render(assessment)
        + GapPlanSection.render(assessment)
        + HostsSection.render(evidence)
        + findings.render(assessment)
        + Deliverable.footer(assessment);
  }
}
