package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
                subject, "not finished (" + phase.label() + "): " + unfinished(phase)));
      } else if (phase.acceptance().isPresent()) {
        result.add(signedOff(subject, phase, evidence, findings));
      } else if (missing.isPresent()) {
        result.add(findings.unverified(subject, "no acceptance records: " + missing.get()));
      } else {
        result.add(unsigned(subject, phase, findings));
      }
    }
    return result;
  }

  private static Finding noPhases(Evidence evidence, Findings findings) {
    return findings.unverified(evidence.inventory().name(), "no phases declared in the inventory");
  }

  private static Finding signedOff(
      String subject, PhaseStatus phase, Evidence evidence, Findings findings) {
    AcceptanceRecord a = phase.acceptance().orElseThrow();
    List<String> record =
        evidence.all(AcceptanceRecord.class).stream()
            .filter(v -> v.data().equals(a))
            .map(v -> v.id())
            .toList();
    String message =
        "signed off by %s on %s (%s)"
            .formatted(a.acceptedBy(), a.acceptedAt().toString().substring(0, 10), phase.label());
    return findings.of(
        Status.PASS, subject, message, Optional.of(Location.file(a.document())), record);
  }

  private static Finding unsigned(String subject, PhaseStatus phase, Findings findings) {
    String why =
        phase.criteriaMet()
            ? "its criteria are met ("
                + phase.criteria().size()
                + " criteria, "
                + phase.deliverables().size()
                + " deliverables found)"
            : "every item of its task list is ticked (" + phase.items() + " items)";
    String folder = phase.phase().folder();
    return findings.fail(
        subject,
        "phase "
            + phase.phase().id()
            + " ("
            + phase.phase().name()
            + ") is finished: "
            + why
            + ", but no sign-off is recorded",
        Location.file(folder),
        List.of("phase.folder:" + phase.phase().id()),
        "Review the evidence, then run `opsgrade accept "
            + phase.phase().id()
            + " --by NAME`: it writes "
            + folder
            + "/USER_ACCEPTANCE.md and records the sign-off");
  }

  private static String unfinished(PhaseStatus phase) {
    List<String> open = new ArrayList<>();
    for (CriterionResult c : phase.unmetCriteria()) {
      open.add(c.check() + " " + c.verdict().label());
    }
    phase.missingDeliverables().forEach(d -> open.add(d + " missing"));
    if (phase.items() > 0) {
      open.add(phase.itemsDone() + " of " + phase.items() + " items ticked");
    }
    return open.isEmpty()
        ? "no criteria or deliverables declared"
        : open.stream().collect(Collectors.joining(", "));
  }
}
