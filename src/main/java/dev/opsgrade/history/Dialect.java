package dev.opsgrade.history;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The databases the history lives in: what differs between them is the DDL and the connection. */
public enum Dialect {
  SQLITE("jdbc:sqlite:", "sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER"),
  POSTGRESQL(
      "jdbc:postgresql:",
      "postgresql",
      "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
      "TIMESTAMP WITH TIME ZONE");

  /** How long a writer waits for another process's write to finish before it gives up. */
  static final int BUSY_TIMEOUT_MILLIS = 15_000;

  private final String urlPrefix;
  private final String folder;
  private final String idPrimaryKey;
  private final String instant;

  Dialect(String urlPrefix, String folder, String idPrimaryKey, String instant) {
    this.urlPrefix = urlPrefix;
    this.folder = folder;
    this.idPrimaryKey = idPrimaryKey;
    this.instant = instant;
  }

  public static Dialect of(String url) {
    for (Dialect dialect : values()) {
      if (url.startsWith(dialect.urlPrefix)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "the history url must start with jdbc:sqlite: or jdbc:postgresql:, not "
            + HistoryUrl.describe(url));
  }

  /** The Flyway folder of this dialect's own migrations, beside db/migration/common. */
  String migrationFolder() {
    return "db/migration/" + folder;
  }

  Map<String, String> placeholders() {
    return Map.of("id_primary_key", idPrimaryKey, "instant", instant);
  }

  DataSource dataSource(String url, Optional<String> user, Optional<String> password) {
    return switch (this) {
      case SQLITE -> sqlite(url);
      case POSTGRESQL -> postgresql(url, user, password);
    };
  }

  /**
   * WAL lets readers go on while one process writes; NORMAL sync is durable across a crash of the
   * process (a power cut may lose the last commit, never corrupt the file); IMMEDIATE transactions
   * take the write lock up front so two writers queue on busy_timeout instead of failing.
   */
  private static DataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  private static DataSource postgresql(
      String url, Optional<String> user, Optional<String> password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    user.ifPresent(dataSource::setUser);
    password.ifPresent(dataSource::setPassword);
    return dataSource;
  }
}
