package dev.opsgrade.history;

import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.score.Assessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The assessments of every run, in SQLite (default: {@code <inventory dir>/.opsgrade/history.db})
 * or PostgreSQL. Each call takes a connection of its own, so one store serves many threads and many
 * stores (processes) can share a database. One assessment is written in one transaction: a reader
 * never sees half of one.
 */
public final class HistoryStore implements AutoCloseable {
  public static final String DEFAULT_FILE = ".opsgrade/history.db";

  private final Dialect dialect;
  private final Jdbi jdbi;
  private volatile boolean closed;

  private HistoryStore(Dialect dialect, Jdbi jdbi) {
    this.dialect = dialect;
    this.jdbi = jdbi;
  }

  /** The default store of an inventory: SQLite in its .opsgrade folder, made if missing. */
  public static HistoryStore openDefault(Path inventoryDir) {
    Path file = inventoryDir.resolve(DEFAULT_FILE).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.getParent() + " for the history", e);
    }
    return open("jdbc:sqlite:" + file);
  }

  public static HistoryStore open(String url) {
    return open(url, Optional.empty(), Optional.empty());
  }

  /** Opens the database at {@code url} and migrates it to the newest schema. */
  public static HistoryStore open(String url, Optional<String> user, Optional<String> password) {
    HistoryUrl location = HistoryUrl.of(url);
    Optional<Path> sqliteFile = location.sqliteFile();
    DataSource dataSource = location.dialect().dataSource(url, user, password);
    try {
      Migrations.migrate(location.dialect(), dataSource, sqliteFile);
    } catch (RuntimeException e) {
      throw HistoryException.cannotOpen(location, e);
    }
    Jdbi jdbi = Jdbi.create(dataSource);
    // The default message repeats every bound value: the whole assessment JSON.
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return new HistoryStore(location.dialect(), jdbi);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The probe history of `opsgrade serve`, in the same database. */
  public ProbeStore probes() {
    requireOpen();
    return new ProbeStore(jdbi);
  }

  /**
   * Stores the assessment with its category scores and findings, and journals it in the same
   * transaction (no assessment without its journal entry, nor the reverse); returns its id.
   */
  public long record(Assessment assessment, Instant recordedAt) {
    requireOpen();
    return jdbi.inTransaction(
        handle -> {
          long id = AssessmentRows.insert(handle, assessment, recordedAt);
          JournalRows.append(
              handle,
              dialect,
              recordedAt,
              assessment.inventory(),
              JournalKind.ASSESSMENT,
              "assessment " + id,
              AssessmentEntry.of(id, assessment));
          return id;
        });
  }

  /** The journal of this database. */
  public Journal journal() {
    requireOpen();
    return new Journal(jdbi, dialect);
  }

  /** The acceptances and drills of this database. */
  public Records records() {
    requireOpen();
    return new Records(jdbi, dialect);
  }

  /** The assessment of {@code inventory} whose evidence was collected last. */
  public Optional<Assessment> latest(String inventory) {
    return withHandle(
        handle ->
            one(
                handle
                    .createQuery(
                        """
                        SELECT assessment_json FROM assessment WHERE inventory = :inventory
                        ORDER BY collected_at DESC, id DESC LIMIT 1""")
                    .bind("inventory", inventory)));
  }

  /** The assessment of {@code inventory} collected just before assessment {@code id}. */
  public Optional<Assessment> previousBefore(String inventory, long id) {
    return withHandle(
        handle -> {
          if (assessment(handle, id).isEmpty()) {
            throw new IllegalArgumentException(noSuch(id));
          }
          return one(
              handle
                  .createQuery(
                      """
                      SELECT a.assessment_json FROM assessment a, assessment ref
                      WHERE ref.id = :id AND a.inventory = :inventory
                        AND (a.collected_at < ref.collected_at
                          OR (a.collected_at = ref.collected_at AND a.id < ref.id))
                      ORDER BY a.collected_at DESC, a.id DESC LIMIT 1""")
                  .bind("id", id)
                  .bind("inventory", inventory));
        });
  }

  public Optional<Assessment> assessment(long id) {
    return withHandle(handle -> assessment(handle, id));
  }

  /** The findings of assessment {@code id} as recorded, with their evidence, fix and waiver. */
  public List<Finding> findings(long id) {
    return assessment(id)
        .map(Assessment::findings)
        .orElseThrow(() -> new IllegalArgumentException(noSuch(id)));
  }

  /** The last {@code limit} assessments of {@code inventory}, oldest first. */
  public List<HistoryEntry> trend(String inventory, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a trend needs at least 1 entry, not " + limit);
    }
    return withHandle(handle -> TrendQuery.run(handle, inventory, limit));
  }

  /** The trend table of the last {@code rows} assessments, each with its change in score. */
  public HistoryView view(String inventory, int rows) {
    return HistoryView.of(inventory, trend(inventory, rows + 1), rows);
  }

  /** Later calls fail; there is nothing to release, as every call closes its own connection. */
  @Override
  public void close() {
    closed = true;
  }

  /** For tests of the connection settings and the rows. */
  Jdbi jdbi() {
    return jdbi;
  }

  private <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
    requireOpen();
    return jdbi.withHandle(callback);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the history store is closed");
    }
  }

  private static Optional<Assessment> assessment(Handle handle, long id) {
    return one(
        handle.createQuery("SELECT assessment_json FROM assessment WHERE id = :id").bind("id", id));
  }

  private static Optional<Assessment> one(Query assessmentJson) {
    return assessmentJson.mapTo(String.class).findOne().map(HistoryStore::parse);
  }

  private static String noSuch(long id) {
    return "the history holds no assessment with id " + id;
  }

  private static Assessment parse(String json) {
    return Json.mapper().readValue(json, Assessment.class);
  }
}
