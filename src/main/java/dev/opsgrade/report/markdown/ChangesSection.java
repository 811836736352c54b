package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Changes;
import dev.opsgrade.score.ScoreFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The opening of the assessment: what changed since the previous one. */
final class ChangesSection {
  private ChangesSection() {}

  static String render(Changes changes) {
    StringBuilder out = new StringBuilder("## What changed since the previous assessment\n\n");
    if (changes.previous().isEmpty()) {
      return out.append(MarkdownText.escape(changes.explanation())).append("\n\n").toString();
    }
    Changes.Snapshot previous = changes.previous().get();
    out.append("Compared with the assessment of ")
        .append(previous.collectedAt().atZone(ZoneOffset.UTC).toLocalDate())
        .append(": ")
        .append(MarkdownText.escape(changes.explanation()))
        .append("\n\n");
    out.append(categories(changes).render()).append('\n');
    out.append("### New problems (").append(changes.newProblems().size()).append(")\n\n");
    out.append(findings(changes.newProblems(), "No new problems."));
    out.append("### Fixed (").append(changes.fixed().size()).append(")\n\n");
    out.append(findings(changes.fixed(), "Nothing fixed."));
    out.append("Still open: ")
        .append(changes.stillOpen().size())
        .append(changes.stillOpen().size() == 1 ? " problem" : " problems")
        .append(" from the previous assessment.\n\n");
    return out.toString();
  }

  private static MarkdownTable categories(Changes changes) {
    MarkdownTable table =
        MarkdownTable.of("category", "before", "now", "change").rightAligned(1, 2, 3);
    for (Changes.CategoryChange category : changes.categories()) {
      table.row(
          category.category().id(),
          score(category.before()),
          score(category.after()),
          category.before().isPresent() && category.after().isPresent()
              ? ScoreFormat.delta(category.delta())
              : FindingText.NONE);
    }
    Changes.Snapshot previous = changes.previous().orElseThrow();
    table.row(
        "overall",
        ScoreFormat.score(previous.score()) + " " + previous.letter(),
        ScoreFormat.score(changes.current().score()) + " " + changes.current().letter(),
        ScoreFormat.delta(changes.scoreDelta()));
    return table;
  }

  private static String findings(List<Finding> findings, String none) {
    if (findings.isEmpty()) {
      return none + "\n\n";
    }
    MarkdownTable table = MarkdownTable.of("status", "check", "subject", "location", "message");
    findings.stream()
        .sorted(FindingText.ORDER)
        .forEach(
            f ->
                table.row(
                    f.status().name(),
                    f.check(),
                    f.subject(),
                    FindingText.location(f),
                    FindingText.message(f)));
    return table.render() + "\n";
  }

  private static String score(Optional<Double> score) {
    return score.map(ScoreFormat::score).orElse(FindingText.NONE);
  }
}
