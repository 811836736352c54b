package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.DeliverableResult;
import dev.opsgrade.score.ScoreFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * USER_ACCEPTANCE.md of a phase: the decision, who took it on which evidence, the criteria with
 * their results, the deliverables, the conditions or override, and a sign-off line. Rendered from
 * the acceptance record before it is stored (its own SHA-256 goes into the record, so it is not
 * part of it).
 */
public final class UserAcceptanceDocument {
  public static final String FILE_NAME = "USER_ACCEPTANCE.md";

  private UserAcceptanceDocument() {}

  public static String render(AcceptanceRecord a) {
    String date = a.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
    StringBuilder out = new StringBuilder();
    out.append("# User acceptance: phase ")
        .append(MarkdownText.escape(a.phase()))
        .append(", ")
        .append(MarkdownText.escape(a.phaseName()))
        .append("\n\n");
    out.append("Inventory: ")
        .append(MarkdownText.escape(a.inventory()))
        .append(". Date: ")
        .append(date)
        .append(" (recorded ")
        .append(DateTimeFormatter.ISO_INSTANT.format(a.acceptedAt()))
        .append(").\n\n");
    out.append(decision(a)).append(criteria(a)).append(deliverables(a)).append(procedures(a));
    out.append(conditions(a)).append(override(a));
    out.append("## Sign-off\n\n")
        .append("Signed off by ")
        .append(MarkdownText.escape(a.acceptedBy()))
        .append(" on ")
        .append(date)
        .append(".\n\nSignature: ______________________\n\n");
    out.append("---\n\n")
        .append("This acceptance is recorded in the opsgrade history together with this file's")
        .append(" SHA-256: `opsgrade journal verify` proves the record unchanged, and the hash")
        .append(" shows whether this file changed since.\n");
    return out.toString();
  }

  private static String decision(AcceptanceRecord a) {
    String verdict =
        switch (a.kind()) {
          case FULL -> "**Accepted.** Every criterion was met and every deliverable present.";
          case CONDITIONAL ->
              "**Accepted with conditions until "
                  + a.conditionalUntil().map(Object::toString).orElse("?")
                  + ".**";
          case OVERRIDE ->
              "**Accepted by override.** Not every criterion was met: see Override below.";
        };
    AcceptanceRecord.Assessed assessed = a.assessed();
    return "## Decision\n\n"
        + verdict
        + "\n\n- Accepted by: "
        + MarkdownText.escape(a.acceptedBy())
        + "\n- Grade at acceptance: "
        + ScoreFormat.score(assessed.score())
        + " / 100 ("
        + MarkdownText.escape(assessed.letter())
        + "), production ready: "
        + (assessed.productionReady() ? "yes" : "no")
        + "\n- Assessment: evidence collected "
        + DateTimeFormatter.ISO_INSTANT.format(assessed.collectedAt())
        + "\n- Evidence bundle SHA-256: "
        + MarkdownText.code(assessed.evidenceSha256())
        + "\n\n";
  }

  private static String criteria(AcceptanceRecord a) {
    if (a.criteria().isEmpty()) {
      return "## Criteria\n\nNo criteria are declared for this phase.\n\n";
    }
    MarkdownTable table = MarkdownTable.of("criterion", "result", "detail");
    for (CriterionResult c : a.criteria()) {
      table.row(c.check(), c.verdict().label(), c.summary());
    }
    return "## Criteria\n\n" + table.render() + "\n";
  }

  private static String deliverables(AcceptanceRecord a) {
    if (a.deliverables().isEmpty()) {
      return "## Deliverables\n\nNo deliverables are declared for this phase.\n\n";
    }
    MarkdownTable table = MarkdownTable.of("deliverable", "file");
    for (DeliverableResult d : a.deliverables()) {
      table.row(d.stem(), d.file().orElse("missing"));
    }
    return "## Deliverables\n\n" + table.render() + "\n";
  }

  private static String procedures(AcceptanceRecord a) {
    if (a.procedures().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Procedures tested\n\n");
    a.procedures().forEach(p -> out.append("- ").append(MarkdownText.escape(p)).append('\n'));
    return out.append('\n').toString();
  }

  private static String conditions(AcceptanceRecord a) {
    if (a.kind() != AcceptanceRecord.Kind.CONDITIONAL) {
      return "## Conditions\n\nNone: this acceptance is unconditional.\n\n";
    }
    return "## Conditions\n\nThis acceptance holds until "
        + a.conditionalUntil().map(Object::toString).orElse("?")
        + ", on these conditions: "
        + MarkdownText.escape(a.conditions().orElse("(none given)"))
        + "\n\nAfter that day the check acc.conditional-expired fails until the phase is accepted"
        + " again.\n\n";
  }

  private static String override(AcceptanceRecord a) {
    if (a.kind() != AcceptanceRecord.Kind.OVERRIDE) {
      return "";
    }
    List<String> unmet = new ArrayList<>();
    a.criteria().stream()
        .filter(c -> !c.met())
        .forEach(c -> unmet.add(c.check() + " " + c.verdict().label()));
    a.deliverables().stream()
        .filter(d -> !d.found())
        .forEach(d -> unmet.add(d.stem() + " missing"));
    return "## Override\n\nAccepted although "
        + MarkdownText.escape(String.join(", ", unmet))
        + ". Reason given: "
        + MarkdownText.escape(a.overrideReason().orElse("(none)"))
        + "\n\n";
  }
}
