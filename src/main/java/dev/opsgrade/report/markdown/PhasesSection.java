package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.PhaseStatus;
import java.util.List;

/** The phases of work: each one's state, criteria, deliverables and sign-off. */
final class PhasesSection {
  private PhasesSection() {}

  static String render(List<PhaseStatus> phases) {
    if (phases.isEmpty()) {
      return "";
    }
    MarkdownTable table =
        MarkdownTable.of("phase", "name", "state", "criteria met", "deliverables", "sign-off");
    for (PhaseStatus phase : phases) {
      long met = phase.criteria().stream().filter(CriterionResult::met).count();
      long found = phase.deliverables().stream().filter(d -> d.found()).count();
      table.row(
          phase.phase().id(),
          phase.phase().name(),
          phase.label(),
          met + " of " + phase.criteria().size(),
          found + " of " + phase.deliverables().size(),
          phase.acceptance().map(PhasesSection::signoff).orElse(FindingText.NONE));
    }
    StringBuilder out = new StringBuilder("## Phases and acceptance\n\n").append(table.render());
    StringBuilder open = new StringBuilder();
    for (PhaseStatus phase : phases) {
      for (CriterionResult c : phase.unmetCriteria()) {
        open.append("- ")
            .append(MarkdownText.escape(phase.phase().id()))
            .append(": ")
            .append(MarkdownText.escape(c.check()))
            .append(" ")
            .append(c.verdict().label())
            .append(": ")
            .append(MarkdownText.escape(c.summary()))
            .append('\n');
      }
      for (String stem : phase.missingDeliverables()) {
        open.append("- ")
            .append(MarkdownText.escape(phase.phase().id()))
            .append(": deliverable ")
            .append(MarkdownText.escape(stem))
            .append(" missing from ")
            .append(MarkdownText.escape(phase.phase().folder()))
            .append(" and the reports folder\n");
      }
    }
    if (!open.isEmpty()) {
      out.append("\nOpen for acceptance:\n\n").append(open);
    }
    return out.append('\n').toString();
  }

  private static String signoff(AcceptanceRecord a) {
    String day = a.acceptedAt().toString().substring(0, 10);
    return switch (a.kind()) {
      case FULL -> a.acceptedBy() + ", " + day;
      case CONDITIONAL -> a.acceptedBy() + ", " + day + ", conditional";
      case OVERRIDE -> a.acceptedBy() + ", " + day + ", by override";
    };
  }
}
