package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.acceptance.Waivers;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.acceptance.PhaseStatuses;
import dev.opsgrade.check.acceptance.RecordEvidence;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Changes;
import java.util.List;
import java.util.Optional;

/**
 * PRODUCTION_READY_ASSESSMENT_&lt;date&gt;.md: what changed, the verdict, the categories, the gap
 * plan, the phases and waivers, and every finding, citing the evidence bundle.
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

  /**
   * With the evidence, the document also shows each phase's state and the waivers that match
   * nothing; without it, the waivers in force and expired, which the findings carry.
   */
  public String render(Assessment assessment, Changes changes, Optional<Evidence> evidence) {
    List<PhaseStatus> phases =
        evidence
            .map(e -> PhaseStatuses.of(e, Optional.of(assessment.findings())))
            .orElse(List.of());
    List<Waivers.Unmatched> unmatched =
        evidence.map(e -> unmatchedWaivers(e, assessment)).orElse(List.of());
    return Deliverable.title("Production readiness assessment", assessment)
        + ChangesSection.render(changes)
        + VerdictSection.render(assessment)
        + GapPlanSection.render(assessment)
        + DocCorrectionsSection.render(assessment.findings())
        + PhasesSection.render(phases)
        + WaiversSection.render(assessment.findings(), unmatched)
        + HostsSection.render(evidence)
        + findings.render(assessment)
        + Deliverable.footer(assessment);
  }

  private static List<Waivers.Unmatched> unmatchedWaivers(
      Evidence evidence, Assessment assessment) {
    List<Waiver> waivers = evidence.all(Waiver.class).stream().map(FactView::data).toList();
    return Waivers.apply(assessment.findings(), waivers, RecordEvidence.today(evidence))
        .unmatched();
  }
}
