package dev.opsgrade.history;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.acceptance.JournalVerification;
import dev.opsgrade.acceptance.JournalVerifier;
import dev.opsgrade.acceptance.PhaseStatus;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only, hash-chained log of the history database: every assessment recorded, every
 * acceptance, phase change, waiver and drill. Entries are only ever appended; {@link #verify()}
 * shows where one was edited, deleted or moved since.
 */
public final class Journal {
  private final Jdbi jdbi;
  private final Dialect dialect;

  Journal(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  /** Appends one entry; {@code payload} is stored as one line of JSON. */
  public JournalEntry append(
      String inventory, JournalKind kind, String subject, Object payload, Instant at) {
    return append(inventory, kind, subject, payload, at, () -> {});
  }

  /**
   * Appends one entry and runs {@code beforeCommit} (moving the file the entry is about into place)
   * before the transaction commits: if it throws, the entry is not kept.
   */
  public JournalEntry append(
      String inventory,
      JournalKind kind,
      String subject,
      Object payload,
      Instant at,
      Runnable beforeCommit) {
    return jdbi.inTransaction(
        handle -> {
          JournalEntry entry =
              JournalRows.append(handle, dialect, at, inventory, kind, subject, payload);
          beforeCommit.run();
          return entry;
        });
  }

  /** Every entry, oldest first. */
  public List<JournalEntry> entries() {
    return jdbi.withHandle(JournalRows::all);
  }

  public JournalVerification verify() {
    return JournalVerifier.verify(entries());
  }

  /**
   * Appends a phase entry for each phase whose state differs from the one last journaled for it (or
   * that was never journaled); returns the entries appended.
   */
  public List<JournalEntry> recordPhaseChanges(
      String inventory, List<PhaseStatus> phases, Instant at) {
    return jdbi.inTransaction(
        handle -> PhaseChanges.record(handle, dialect, inventory, phases, at));
  }
}
