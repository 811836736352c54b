package dev.opsgrade.history;

import dev.opsgrade.acceptance.JournalChain;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.model.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import tools.jackson.databind.SerializationFeature;

/** Journal rows inside a transaction the caller holds, so an entry commits with what it records. */
final class JournalRows {
  private static final RowMapper<JournalEntry> ENTRY =
      (rs, ctx) ->
          new JournalEntry(
              rs.getLong("seq"),
              rs.getTimestamp("at").toInstant(),
              rs.getString("inventory"),
              rs.getString("kind"),
              rs.getString("subject"),
              rs.getString("payload"),
              rs.getString("prev_hash"),
              rs.getString("hash"));

  private JournalRows() {}

  /**
   * Appends an entry after the newest one. The table is locked first so that two writers cannot
   * both extend the same entry: SQLite's IMMEDIATE transactions hold the database's write lock
   * already; PostgreSQL takes a lock that lets readers through and queues writers.
   */
  static JournalEntry append(
      Handle handle,
      Dialect dialect,
      Instant at,
      String inventory,
      JournalKind kind,
      String subject,
      Object payload) {
    lock(handle, dialect);
    Optional<JournalEntry> last =
        handle.createQuery("SELECT * FROM journal ORDER BY seq DESC LIMIT 1").map(ENTRY).findOne();
    JournalEntry entry =
        JournalChain.next(
            last.map(JournalEntry::seq).orElse(0L),
            last.map(JournalEntry::hash).orElse(JournalChain.GENESIS),
            AssessmentRows.column(at),
            inventory,
            kind.id(),
            subject,
            compact(payload));
    handle
        .createUpdate(
            """
            INSERT INTO journal (seq, at, inventory, kind, subject, payload, prev_hash, hash)
            VALUES (:seq, :at, :inventory, :kind, :subject, :payload, :prevHash, :hash)""")
        .bindMethods(entry)
        .execute();
    return entry;
  }

  /** Taken before reading what an append depends on; held until the transaction ends. */
  static void lock(Handle handle, Dialect dialect) {
    if (dialect == Dialect.POSTGRESQL) {
      handle.execute("LOCK TABLE journal IN SHARE ROW EXCLUSIVE MODE");
    }
  }

  static List<JournalEntry> all(Handle handle) {
    return handle.createQuery("SELECT * FROM journal ORDER BY seq").map(ENTRY).list();
  }

  static List<JournalEntry> ofKind(Handle handle, String inventory, JournalKind kind) {
    return handle
        .createQuery(
            "SELECT * FROM journal WHERE inventory = :inventory AND kind = :kind ORDER BY seq")
        .bind("inventory", inventory)
        .bind("kind", kind.id())
        .map(ENTRY)
        .list();
  }

  /** One line of JSON: the stored payload is hashed as it is, so its layout never changes. */
  private static String compact(Object payload) {
    return Json.mapper()
        .writer()
        .without(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(payload);
  }
}
