package dev.opsgrade.acceptance;

import java.util.List;
import java.util.Optional;

/**
 * The result of walking the journal's chain: how many entries, the last one (whose hash vouches for
 * every entry before it) and every place the chain breaks, first first.
 */
public record JournalVerification(long entries, Optional<JournalEntry> head, List<Break> breaks) {

  public enum Problem {
    /** The entry's content no longer matches its hash. */
    EDITED,
    /** Entries are missing from the sequence. */
    DELETED,
    /** The entry is intact but sits at another position than the one it was written at. */
    REORDERED,
    /** The entry is intact but was written after a different previous entry. */
    RELINKED
  }

  /** Where the chain breaks: the sequence number, what happened, in words. */
  public record Break(long seq, Problem problem, String message) {}

  public boolean intact() {
    return breaks.isEmpty();
  }

  public Optional<Break> firstBreak() {
    return breaks.stream().findFirst();
  }
}
