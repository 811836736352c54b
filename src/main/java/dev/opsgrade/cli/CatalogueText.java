package dev.opsgrade.cli;

import dev.opsgrade.check.CheckMetadata;
import java.util.List;
import java.util.Locale;

/** The catalogue as plain text and as Markdown. */
final class CatalogueText {
  private CatalogueText() {}

  static String plain(List<CheckMetadata> checks) {
    StringBuilder text = new StringBuilder();
    String category = "";
    for (CheckMetadata check : checks) {
      if (!check.category().id().equals(category)) {
        category = check.category().id();
        text.append('\n').append(category.toUpperCase(Locale.ROOT)).append('\n');
      }
      text.append(
          String.format(
              "  %-24s %-8s %s  %s%n",
              check.id(),
              check.severity().name().toLowerCase(Locale.ROOT),
              check.blocking() ? "blocking" : "        ",
              check.title()));
      text.append("      needs: ").append(check.evidence()).append('\n');
      text.append("      fix:   ").append(check.fix()).append('\n');
    }
    return text.toString();
  }

  static String markdown(List<CheckMetadata> checks) {
    StringBuilder text = new StringBuilder("# Check catalogue\n\n");
    text.append("| id | category | severity | blocking | what it checks | evidence | fix |\n");
    text.append("|---|---|---|---|---|---|---|\n");
    for (CheckMetadata check : checks) {
      text.append("| `")
          .append(check.id())
          .append("` | ")
          .append(check.category().id())
          .append(" | ")
          .append(check.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(check.blocking() ? "yes" : "no")
          .append(" | ")
          .append(cell(check.title() + ". " + check.rationale()))
          .append(" | ")
          .append(cell(check.evidence()))
          .append(" | ")
          .append(cell(check.fix()))
          .append(" |\n");
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
