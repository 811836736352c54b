package dev.opsgrade.cli;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.report.markdown.JournalEntryText;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The journal as the terminal lists it, one entry a line. */
final class JournalText {
  private JournalText() {}

  static String list(List<JournalEntry> entries) {
    if (entries.isEmpty()) {
      return "The journal is empty.\n";
    }
    StringBuilder out = new StringBuilder();
    for (JournalEntry e : entries) {
      out.append(
          String.format(
              "#%-5d %s  %-10s %-12s %-24s %s%n",
              e.seq(),
              DateTimeFormatter.ISO_INSTANT.format(e.at()),
              JournalEntryText.shortHash(e.hash()),
              e.kind(),
              e.subject(),
              JournalEntryText.describe(e)));
    }
    return out.toString();
  }
}
