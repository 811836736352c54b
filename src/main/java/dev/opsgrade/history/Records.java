package dev.opsgrade.history;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.acceptance.PhaseState;
import dev.opsgrade.model.Json;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The test records of the history: acceptances of phases and drills of procedures. Each is written
 * together with its journal entries in one transaction.
 */
public final class Records {
  private final Jdbi jdbi;
  private final Dialect dialect;

  Records(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  /**
   * Stores the acceptance, journals it and the phase's move to accepted (or conditionally
   * accepted); returns the acceptance's journal entry.
   */
  public JournalEntry recordAcceptance(AcceptanceRecord record) {
    return recordAcceptance(record, () -> {});
  }

  /**
   * As {@link #recordAcceptance(AcceptanceRecord)}, running {@code beforeCommit} (moving
   * USER_ACCEPTANCE.md into place) last inside the transaction: if it throws, nothing is kept.
   */
  public JournalEntry recordAcceptance(AcceptanceRecord record, Runnable beforeCommit) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate(
                  """
                  INSERT INTO acceptance (inventory, phase, accepted_at, accepted_by, kind,
                    record_json)
                  VALUES (:inventory, :phase, :at, :by, :kind, :json)""")
              .bind("inventory", record.inventory())
              .bind("phase", record.phase())
              .bind("at", AssessmentRows.column(record.acceptedAt()))
              .bind("by", record.acceptedBy())
              .bind("kind", record.kind().name())
              .bind("json", Json.write(record))
              .execute();
          JournalEntry entry =
              JournalRows.append(
                  handle,
                  dialect,
                  record.acceptedAt(),
                  record.inventory(),
                  JournalKind.ACCEPTANCE,
                  record.phase(),
                  record);
          PhaseState state =
              record.kind() == AcceptanceRecord.Kind.CONDITIONAL
                  ? PhaseState.CONDITIONALLY_ACCEPTED
                  : PhaseState.ACCEPTED;
          String label =
              state.label() + record.conditionalUntil().map(d -> " until " + d).orElse("");
          PhaseChanges.moveTo(
              handle,
              dialect,
              record.inventory(),
              record.phase(),
              record.phaseName(),
              state,
              label,
              record.acceptedAt());
          beforeCommit.run();
          return entry;
        });
  }

  /** The acceptances of {@code inventory}, oldest first. */
  public List<AcceptanceRecord> acceptances(String inventory) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT record_json FROM acceptance WHERE inventory = :inventory
                    ORDER BY accepted_at, id""")
                .bind("inventory", inventory)
                .mapTo(String.class)
                .map(json -> Json.mapper().readValue(json, AcceptanceRecord.class))
                .list());
  }

  /** Stores a drill and journals it; returns its journal entry. */
  public JournalEntry recordDrill(DrillRecord record) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate(
                  """
                  INSERT INTO drill (inventory, target, performed_at, passed, record_json)
                  VALUES (:inventory, :target, :at, :passed, :json)""")
              .bind("inventory", record.inventory())
              .bind("target", record.target())
              .bind("at", AssessmentRows.column(record.performedAt()))
              .bind("passed", record.passed())
              .bind("json", Json.write(record))
              .execute();
          return JournalRows.append(
              handle,
              dialect,
              record.performedAt(),
              record.inventory(),
              JournalKind.DRILL,
              record.target(),
              record);
        });
  }

  /** The drills of {@code inventory}, oldest first. */
  public List<DrillRecord> drills(String inventory) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT record_json FROM drill WHERE inventory = :inventory
                    ORDER BY performed_at, id""")
                .bind("inventory", inventory)
                .mapTo(String.class)
                .map(json -> Json.mapper().readValue(json, DrillRecord.class))
                .list());
  }
}
