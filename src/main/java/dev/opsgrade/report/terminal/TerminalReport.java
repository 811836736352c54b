package dev.opsgrade.report.terminal;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Changes;
import dev.opsgrade.score.GapItem;
import dev.opsgrade.score.Grade;
import dev.opsgrade.score.ScoreFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The summary printed after an assessment: categories, verdict, blockers, what changed, the top of
 * the gap plan and where the reports went ({@code written}: the paths as the user should read
 * them). Fits 100 columns; colour only when asked for (a TTY).
 */
public final class TerminalReport {
  static final int WIDTH = 100;
  static final int GAP_ROWS = 10;
  private static final String INDENT = "  ";

  private final TerminalStyle style;

  private TerminalReport(boolean colour) {
    this.style = new TerminalStyle(colour);
  }

  public static String render(
      Assessment assessment, Changes changes, List<String> written, boolean colour) {
    return new TerminalReport(colour).render(assessment, changes, written);
  }

  private String render(Assessment assessment, Changes changes, List<String> written) {
    StringBuilder out = new StringBuilder();
    out.append(
        TerminalText.fit(
            "opsgrade: "
                + assessment.inventory()
                + ", evidence collected "
                + DateTimeFormatter.ISO_INSTANT.format(assessment.collectedAt()),
            WIDTH));
    out.append("\n\n").append(new CategoryTable(style).render(assessment)).append('\n');
    out.append(verdict(assessment.grade())).append('\n');
    out.append(changes(changes)).append('\n');
    out.append(gapPlan(assessment));
    if (!written.isEmpty()) {
      out.append('\n').append(INDENT).append(style.bold("Reports written:")).append('\n');
      written.forEach(
          path ->
              out.append(INDENT)
                  .append(INDENT)
                  .append(TerminalText.fitEnd(path, WIDTH - 4))
                  .append('\n'));
    }
    return out.toString();
  }

  private String verdict(Grade grade) {
    StringBuilder out = new StringBuilder(INDENT);
    String letter = "Grade " + grade.letter() + " (" + ScoreFormat.score(grade.score()) + ")";
    out.append(style.bold(TerminalText.fit(letter, 40))).append("   production ready: ");
    out.append(grade.productionReady() ? style.green("YES") : style.red("NO")).append('\n');
    if (!grade.blockers().isEmpty()) {
      out.append(INDENT).append("Blockers:\n");
      for (String blocker : grade.blockers()) {
        for (String line : TerminalText.wrap("- " + blocker, WIDTH - 4, "  ")) {
          out.append(INDENT).append(INDENT).append(line).append('\n');
        }
      }
    }
    return out.toString();
  }

  private String changes(Changes changes) {
    String since =
        changes
            .previous()
            .map(p -> "Since " + p.collectedAt().atZone(ZoneOffset.UTC).toLocalDate() + ": ")
            .orElse("");
    StringBuilder out = new StringBuilder();
    for (String line : TerminalText.wrap(since + changes.explanation(), WIDTH - 2, "  ")) {
      out.append(INDENT).append(line).append('\n');
    }
    return out.toString();
  }

  private String gapPlan(Assessment assessment) {
    List<GapItem> plan = assessment.gapPlan();
    if (plan.isEmpty()) {
      return INDENT + "Gap plan: nothing to fix.\n";
    }
    int shown = Math.min(GAP_ROWS, plan.size());
    StringBuilder out = new StringBuilder(INDENT);
    out.append(style.bold("Gap plan, top " + shown + " of " + plan.size() + "."))
        .append(' ')
        .append(ScoreFormat.fixesToTarget(assessment.grade()))
        .append('\n');
    int subject = WIDTH - INDENT.length() - 3 - 2 - 24 - 2 - 2 - 8;
    out.append(INDENT)
        .append(style.dim(row("#", "CHECK", "SUBJECT", "POINTS", subject)))
        .append('\n');
    for (int i = 0; i < shown; i++) {
      GapItem item = plan.get(i);
      String points = ScoreFormat.points(item.points());
      out.append(INDENT)
          .append(row(String.valueOf(i + 1), item.check(), item.subject(), points, subject))
          .append('\n');
    }
    return out.toString();
  }

  private static String row(String rank, String check, String subject, String points, int width) {
    return TerminalText.padLeft(rank, 3)
        + "  "
        + TerminalText.padRight(check, 24)
        + "  "
        + TerminalText.padRight(subject, width)
        + "  "
        + TerminalText.padLeft(points, 8);
  }
}
