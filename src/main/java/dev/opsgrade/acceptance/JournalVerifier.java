package dev.opsgrade.acceptance;

import dev.opsgrade.acceptance.JournalVerification.Break;
import dev.opsgrade.acceptance.JournalVerification.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the journal in sequence order and names each break of the chain. An entry whose hash no
 * longer matches was edited, unless it matches at another position: then it was moved (the position
 * it was written at follows from the entry its previous hash names). A gap in the sequence is a
 * deletion. Deleting the newest entries leaves a shorter chain that is intact: only a copy of the
 * head hash kept elsewhere (MEMORY_LOG.md, USER_ACCEPTANCE.md) shows that.
 */
public final class JournalVerifier {
  private JournalVerifier() {}

  /** {@code entries} in ascending {@code seq}, as stored. */
  public static JournalVerification verify(List<JournalEntry> entries) {
    Map<String, Long> writtenAs = writtenPositions(entries);
    List<Break> breaks = new ArrayList<>();
    long expected = 1;
    String previousHash = JournalChain.GENESIS;
    boolean previousBroken = false;
    for (JournalEntry entry : entries) {
      boolean gap = entry.seq() != expected;
      if (gap) {
        breaks.add(deleted(expected, entry.seq()));
      }
      Optional<Break> own = ownBreak(entry, writtenAs);
      own.ifPresent(breaks::add);
      if (own.isEmpty() && !gap && !previousBroken && !entry.prevHash().equals(previousHash)) {
        breaks.add(
            new Break(
                entry.seq(),
                Problem.RELINKED,
                "the chain breaks before entry #%d: it was written after a different entry #%d (#%d was rewritten or replaced)"
                    .formatted(entry.seq(), entry.seq() - 1, entry.seq() - 1)));
      }
      previousBroken = own.isPresent();
      previousHash = entry.hash();
      expected = entry.seq() + 1;
    }
    return new JournalVerification(
        entries.size(),
        entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast()),
        List.copyOf(breaks));
  }

  private static Optional<Break> ownBreak(JournalEntry entry, Map<String, Long> writtenAs) {
    if (JournalChain.hashOf(entry).equals(entry.hash())) {
      return Optional.empty();
    }
    Long original = writtenAs.get(entry.hash());
    if (original != null) {
      return Optional.of(
          new Break(
              entry.seq(),
              Problem.REORDERED,
              "entry #%d was written as entry #%d: the entries were reordered"
                  .formatted(entry.seq(), original)));
    }
    return Optional.of(
        new Break(
            entry.seq(),
            Problem.EDITED,
            "entry #%d (%s, %s) was changed after it was written: its content no longer matches its hash"
                .formatted(entry.seq(), entry.kind(), entry.subject())));
  }

  private static Break deleted(long expected, long found) {
    String missing =
        found - expected == 1
            ? "entry #" + expected + " is missing"
            : "entries #" + expected + " to #" + (found - 1) + " are missing";
    return new Break(
        expected, Problem.DELETED, missing + ": deleted (the chain goes on at #" + found + ")");
  }

  /**
   * The position each entry was written at, by its stored hash: its own position if it matches
   * there, else the position after the entry its previous hash names, if it matches there.
   */
  private static Map<String, Long> writtenPositions(List<JournalEntry> entries) {
    Map<String, Long> writtenAs = new HashMap<>();
    for (JournalEntry entry : entries) {
      if (JournalChain.hashOf(entry).equals(entry.hash())) {
        writtenAs.put(entry.hash(), entry.seq());
      }
    }
    boolean found = true;
    while (found) {
      found = false;
      for (JournalEntry entry : entries) {
        if (writtenAs.containsKey(entry.hash())) {
          continue;
        }
        Long before =
            entry.prevHash().equals(JournalChain.GENESIS) ? 0L : writtenAs.get(entry.prevHash());
        if (before != null && JournalChain.hashAs(entry, before + 1).equals(entry.hash())) {
          writtenAs.put(entry.hash(), before + 1);
          found = true;
        }
      }
    }
    return writtenAs;
  }
}
