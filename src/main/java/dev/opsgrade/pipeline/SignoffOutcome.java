package dev.opsgrade.pipeline;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseStatus;

/** What a sign-off came to: recorded with its journal entry, or refused for unmet criteria. */
public sealed interface SignoffOutcome {
  record Accepted(AcceptanceRecord record, JournalEntry entry) implements SignoffOutcome {}

  /** An unconditional acceptance while criteria fail: nothing was written. */
  record Refused(PhaseStatus status) implements SignoffOutcome {}
}
