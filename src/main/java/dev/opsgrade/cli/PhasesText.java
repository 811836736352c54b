package dev.opsgrade.cli;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.DeliverableResult;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ScoreFormat;
import java.util.List;
import java.util.Optional;

/** The phases as the terminal shows them: state first, then what it rests on. */
final class PhasesText {
  private PhasesText() {}

  static String render(String inventory, Optional<Assessment> latest, List<PhaseStatus> phases) {
    StringBuilder out = new StringBuilder("Phases of ").append(inventory);
    out.append(
        latest
            .map(
                a ->
                    " (criteria from the assessment of "
                        + a.collectedAt()
                        + ": "
                        + ScoreFormat.score(a.grade().score())
                        + ", "
                        + a.grade().letter()
                        + ")")
            .orElse(" (no assessment in the history yet: criteria not assessed)"));
    out.append("\n");
    for (PhaseStatus phase : phases) {
      out.append('\n').append(phase(phase));
    }
    return out.toString();
  }

  private static String phase(PhaseStatus status) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-6s %-36s %s%n", status.phase().id(), status.phase().name(), status.label()));
    for (CriterionResult c : status.criteria()) {
      out.append(
          String.format(
              "       criterion   %-24s %-12s %s%n", c.check(), c.verdict().label(), c.summary()));
    }
    for (DeliverableResult d : status.deliverables()) {
      out.append(
          String.format("       deliverable %-24s %s%n", d.stem(), d.file().orElse("missing")));
    }
    if (status.items() > 0) {
      out.append(
          String.format(
              "       tasks       %d of %d ticked%n", status.itemsDone(), status.items()));
    }
    out.append("       sign-off    ")
        .append(status.acceptance().map(PhasesText::signoff).orElse(unsigned(status)))
        .append('\n');
    return out.toString();
  }

  private static String signoff(AcceptanceRecord a) {
    String line = a.acceptedBy() + " on " + a.acceptedAt().toString().substring(0, 10);
    return switch (a.kind()) {
          case FULL -> line;
          case CONDITIONAL ->
              line
                  + ", conditional until "
                  + a.conditionalUntil().map(Object::toString).orElse("?");
          case OVERRIDE -> line + ", by override: " + a.overrideReason().orElse("");
        }
        + " ("
        + a.document()
        + ")";
  }

  private static String unsigned(PhaseStatus status) {
    return status.finished()
        ? "none: run opsgrade accept " + status.phase().id() + " --by NAME"
        : "none";
  }
}
