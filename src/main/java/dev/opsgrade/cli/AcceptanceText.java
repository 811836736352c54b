package dev.opsgrade.cli;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseStatus;

/** What accept prints: why a phase cannot be accepted, or what was signed and where. */
final class AcceptanceText {
  private AcceptanceText() {}

  static String refused(PhaseStatus status) {
    StringBuilder out =
        new StringBuilder("opsgrade: refused: phase ")
            .append(status.phase().id())
            .append(" (")
            .append(status.phase().name())
            .append(") cannot be accepted unconditionally:\n");
    for (CriterionResult c : status.unmetCriteria()) {
      out.append(String.format("  %-24s %s: %s%n", c.check(), c.verdict().label(), c.summary()));
    }
    for (String stem : status.missingDeliverables()) {
      out.append(
          String.format(
              "  %-24s missing from %s and the reports folder%n", stem, status.phase().folder()));
    }
    return out.append(
            "Fix them and assess again, accept on conditions with --conditional-until DATE"
                + " --reason TEXT, or record an override with --override REASON.\n")
        .toString();
  }

  static String accepted(AcceptanceRecord record, JournalEntry entry) {
    String how =
        switch (record.kind()) {
          case FULL -> "";
          case CONDITIONAL ->
              ", on conditions until "
                  + record.conditionalUntil().map(Object::toString).orElse("?");
          case OVERRIDE -> ", by override";
        };
    return "Accepted phase "
        + record.phase()
        + " ("
        + record.phaseName()
        + ") by "
        + record.acceptedBy()
        + how
        + ".\nWrote "
        + record.document()
        + " (SHA-256 "
        + record.documentSha256()
        + "), journal entry #"
        + entry.seq()
        + ".\n";
  }
}
