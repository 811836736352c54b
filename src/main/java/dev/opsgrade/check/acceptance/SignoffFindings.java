package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The findings of acc.phase-signoff for one phase, in words: signed, finished unsigned, open. */
final class SignoffFindings {
  private SignoffFindings() {}

  static Finding signedOff(
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

  static Finding unsigned(String subject, PhaseStatus phase, Findings findings) {
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

  static String unfinished(PhaseStatus phase) {
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
