package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * acc.phase-signoff: every finished phase (criteria met, or every item of its task list ticked) has
 * a sign-off record. Whether criteria are met depends on the other checks' findings, so the real
 * judgement runs after them ({@link AcceptancePass}); run alone, it says so and passes nothing.
 */
public final class PhaseSignoffCheck implements Check {
  public static final String ID = "acc.phase-signoff";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    if (evidence.inventory().phases().isEmpty()) {
      return List.of(noPhases(evidence, findings));
    }
    return List.of(
        findings.unverified(
            evidence.inventory().name(),
            "the phases' criteria are judged from the other checks' findings, after them"));
  }

  /** The judgement, from {@code assessed}: the other checks' findings, waivers applied. */
  public List<Finding> evaluate(Evidence evidence, Findings findings, List<Finding> assessed) {
    if (evidence.inventory().phases().isEmpty()) {
      return List.of(noPhases(evidence, findings));
    }
    Optional<String> missing = RecordEvidence.missing(evidence, RecordEvidence.RECORDS);
    List<Finding> result = new ArrayList<>();
    for (PhaseStatus phase : PhaseStatuses.of(evidence, Optional.of(assessed))) {
      String subject = "phase " + phase.phase().id();
      if (!phase.finished()) {
        result.add(
            findings.notApplicable(
                subject,
                "not finished (" + phase.label() + "): " + SignoffFindings.unfinished(phase)));
      } else if (phase.acceptance().isPresent()) {
        result.add(SignoffFindings.signedOff(subject, phase, evidence, findings));
      } else if (missing.isPresent()) {
        result.add(findings.unverified(subject, "no acceptance records: " + missing.get()));
      } else {
        result.add(SignoffFindings.unsigned(subject, phase, findings));
      }
    }
    return result;
  }

  private static Finding noPhases(Evidence evidence, Findings findings) {
    return findings.unverified(evidence.inventory().name(), "no phases declared in the inventory");
  }
}
