package dev.opsgrade.cli;

import dev.opsgrade.history.HistoryView;
import java.util.Locale;

/** The trend as a plain table, oldest first, with a small bar per score. */
final class HistoryText {
  private HistoryText() {}

  static String render(HistoryView view) {
    if (view.rows().isEmpty()) {
      return "No assessments of '"
          + view.inventory()
          + "' recorded yet: run `opsgrade assess` first.\n";
    }
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%-5s %-10s %6s %-8s %-9s %8s %6s  %s%n",
                "id", "date", "score", "grade", "ready", "problems", "delta", "trend"));
    for (HistoryView.Row row : view.rows()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-5d %-10s %6.1f %-8s %-9s %8d %6s  %s%n",
              row.id(),
              row.date(),
              row.score(),
              row.letter(),
              row.productionReady() ? "ready" : "not ready",
              row.problems(),
              row.delta().map(d -> String.format(Locale.ROOT, "%+.1f", d)).orElse(""),
              "#".repeat((int) Math.round(row.score() / 5))));
    }
    return text.toString();
  }
}
