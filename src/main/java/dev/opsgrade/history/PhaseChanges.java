package dev.opsgrade.history;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.acceptance.PhaseState;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Phase entries of the journal: a phase's state as last journaled, and its changes. */
final class PhaseChanges {
  private PhaseChanges() {}

  /** The payload of a phase entry. */
  record Change(String phase, String name, Optional<String> from, String to, String label) {}

  static List<JournalEntry> record(
      Handle handle, Dialect dialect, String inventory, List<PhaseStatus> phases, Instant at) {
    JournalRows.lock(handle, dialect);
    Map<String, String> last = lastStates(handle, inventory);
    List<JournalEntry> appended = new ArrayList<>();
    for (PhaseStatus status : phases) {
      String id = status.phase().id();
      String now = status.state().name();
      if (now.equals(last.get(id))) {
        continue;
      }
      Change change =
          new Change(
              id, status.phase().name(), Optional.ofNullable(last.get(id)), now, status.label());
      appended.add(
          JournalRows.append(handle, dialect, at, inventory, JournalKind.PHASE, id, change));
    }
    return appended;
  }

  /** Journals a phase's move into {@code state} if it is not there already. */
  static Optional<JournalEntry> moveTo(
      Handle handle,
      Dialect dialect,
      String inventory,
      String phase,
      String name,
      PhaseState state,
      String label,
      Instant at) {
    JournalRows.lock(handle, dialect);
    Optional<String> from = Optional.ofNullable(lastStates(handle, inventory).get(phase));
    if (from.filter(state.name()::equals).isPresent()) {
      return Optional.empty();
    }
    Change change = new Change(phase, name, from, state.name(), label);
    return Optional.of(
        JournalRows.append(handle, dialect, at, inventory, JournalKind.PHASE, phase, change));
  }

  private static Map<String, String> lastStates(Handle handle, String inventory) {
    Map<String, String> states = new HashMap<>();
    for (JournalEntry entry : JournalRows.ofKind(handle, inventory, JournalKind.PHASE)) {
      Change change = Json.mapper().readValue(entry.payload(), Change.class);
      states.put(change.phase(), change.to());
    }
    return states;
  }
}
