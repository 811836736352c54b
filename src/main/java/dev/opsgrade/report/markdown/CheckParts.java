package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The body of a deliverable made of one part per check (monitoring validation, backup and DR
 * status): each part gives the check's findings, then what was measured when the evidence bundle is
 * at hand.
 */
final class CheckParts {
  /** One part: its check, its heading, and the table of what was measured. */
  record Part(String check, String name, Function<Evidence, Optional<String>> measured) {}

  private final Catalogue catalogue;
  private final SecuritySection section;

  CheckParts(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.section = new SecuritySection(new FindingText(catalogue));
  }

  String render(Assessment assessment, List<Part> parts, Optional<Evidence> evidence) {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(render(assessment, part, evidence)));
    if (evidence.isEmpty()) {
      out.append(
          "The evidence bundle was not given to the report, so only findings are shown.\n\n");
    }
    return out.toString();
  }

  private String render(Assessment assessment, Part part, Optional<Evidence> evidence) {
    List<Finding> findings =
        assessment.findings().stream().filter(f -> f.check().equals(part.check())).toList();
    String title = catalogue.find(part.check()).map(CheckMetadata::title).orElse(part.check());
    StringBuilder out =
        new StringBuilder(section.render(part.check(), part.name(), title, findings));
    evidence
        .flatMap(part.measured())
        .ifPresent(table -> out.append("Measured:\n\n").append(table).append('\n'));
    return out.toString();
  }
}
