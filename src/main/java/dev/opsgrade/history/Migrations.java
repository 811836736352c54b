package dev.opsgrade.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a history database to the newest schema; running it again changes nothing. */
final class Migrations {
  private static final String COMMON = "db/migration/common";
  private static final Object IN_PROCESS = new Object();

  private Migrations() {}

  /**
   * Flyway takes no lock on SQLite (it does on PostgreSQL), so two processes that open a new file
   * at once would both create the tables: a lock file beside the database makes them take turns.
   */
  static void migrate(Dialect dialect, DataSource dataSource, Optional<Path> sqliteFile) {
    synchronized (IN_PROCESS) {
      if (sqliteFile.isEmpty()) {
        flyway(dialect, dataSource).migrate();
        return;
      }
      Path lockFile = sqliteFile.get().resolveSibling(sqliteFile.get().getFileName() + ".lock");
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        flyway(dialect, dataSource).migrate();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock " + lockFile + " to migrate the history", e);
      }
    }
  }

  private static Flyway flyway(Dialect dialect, DataSource dataSource) {
    List<String> locations = new ArrayList<>(List.of("classpath:" + COMMON));
    if (Migrations.class.getClassLoader().getResource(dialect.migrationFolder()) != null) {
      locations.add("classpath:" + dialect.migrationFolder());
    }
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .placeholders(dialect.placeholders())
        .load();
  }
}
