package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalVerification;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * MEMORY_LOG.md: the journal as a document, every entry with what it records and its hash, and
 * whether the chain is intact. The head hash printed here vouches for every entry before it: keep a
 * copy, and a later deletion of the newest entries shows.
 */
public final class MemoryLogDocument {
  public static final String FILE_NAME = "MEMORY_LOG.md";

  private MemoryLogDocument() {}

  public static String render(List<JournalEntry> entries, JournalVerification verification) {
    StringBuilder out = new StringBuilder("# Memory log\n\n");
    out.append(
        "The opsgrade journal: every assessment, acceptance, phase change, waiver and drill, in"
            + " the order they were recorded. Each entry's hash covers its content and the hash of"
            + " the entry before it.\n\n");
    out.append("## Chain\n\n").append(chain(verification));
    out.append("## Entries\n\n");
    if (entries.isEmpty()) {
      return out.append("The journal is empty.\n").toString();
    }
    MarkdownTable table =
        MarkdownTable.of("#", "recorded (UTC)", "inventory", "kind", "subject", "what", "hash")
            .rightAligned(0);
    for (JournalEntry entry : entries) {
      table.row(
          Long.toString(entry.seq()),
          DateTimeFormatter.ISO_INSTANT.format(entry.at()),
          entry.inventory(),
          entry.kind(),
          entry.subject(),
          JournalEntryText.describe(entry),
          JournalEntryText.shortHash(entry.hash()));
    }
    return out.append(table.render()).toString();
  }

  private static String chain(JournalVerification verification) {
    StringBuilder out = new StringBuilder();
    if (verification.intact()) {
      out.append("Intact: ").append(verification.entries()).append(" entries");
    } else {
      out.append("**Broken**: ").append(verification.entries()).append(" entries");
    }
    verification
        .head()
        .ifPresent(
            head ->
                out.append("; head #")
                    .append(head.seq())
                    .append(" ")
                    .append(MarkdownText.code(head.hash())));
    out.append(".\n\n");
    verification
        .breaks()
        .forEach(
            b ->
                out.append("- #")
                    .append(b.seq())
                    .append(" ")
                    .append(b.problem().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(MarkdownText.escape(b.message()))
                    .append('\n'));
    if (!verification.breaks().isEmpty()) {
      out.append('\n');
    }
    return out.toString();
  }
}
