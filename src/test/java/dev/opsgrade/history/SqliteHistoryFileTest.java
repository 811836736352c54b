package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite file has: its place, its settings, and processes sharing it. */
class SqliteHistoryFileTest {
  @TempDir Path tempDir;

  @Test
  void theDefaultStoreIsAFileInTheInventorysOpsgradeFolderInWalMode() throws Exception {
    try (HistoryStore store = HistoryStore.openDefault(tempDir)) {
      store.record(
          SampleAssessments.homelab("homelab", Instant.parse("2026-11-20T08:00:00Z"), 1),
          Instant.now());

      assertThat(store.dialect()).isEqualTo(Dialect.SQLITE);
      assertThat(pragma(store, "synchronous")).isEqualTo("1"); // NORMAL
      assertThat(pragma(store, "busy_timeout"))
          .isEqualTo(String.valueOf(Dialect.BUSY_TIMEOUT_MILLIS));
      assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
    }
    Path file = tempDir.resolve(".opsgrade/history.db");
    assertThat(file).isRegularFile();
    assertThat(query(file, "PRAGMA journal_mode")).containsExactly("wal");
  }

  @Test
  void twoProcessesWritingOneNewFileLoseNothingAndCorruptNothing() throws Exception {
    Path file = tempDir.resolve("shared.db");
    String url = "jdbc:sqlite:" + file;
    Path go = tempDir.resolve("go");
    int each = 15;
    List<Process> writers = new ArrayList<>();
    for (int writer = 0; writer < 2; writer++) {
      Process process =
          writer(url, go, writer * 10_000L, each, tempDir.resolve("writer" + writer + ".log"));
      writers.add(process);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).as("writer %d started", writer).isEqualTo("ready");
      }
    }
    Files.createFile(go);
    for (int writer = 0; writer < writers.size(); writer++) {
      Process process = writers.get(writer);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("writer %d finished", writer).isTrue();
      assertThat(process.exitValue())
          .as(
              "writer %d: %s",
              writer, Files.readString(tempDir.resolve("writer" + writer + ".log")))
          .isZero();
    }

    assertThat(query(file, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(query(file, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'"))
        .containsExactly("1");
    try (HistoryStore store = HistoryStore.open(url)) {
      List<HistoryEntry> trend = store.trend("homelab", 1000);
      assertThat(trend).hasSize(2 * each);
      int findings = SampleAssessments.homelab("homelab", Instant.EPOCH, 0).findings().size();
      for (HistoryEntry entry : trend) {
        assertThat(store.findings(entry.id())).hasSize(findings);
      }
    }
  }

  /** Without the migration lock this failed now and then with SQLITE_BUSY or "already exists". */
  @Test
  void storesOpeningOneNewFileAtOnceAllGetTheSchema() throws Exception {
    int stores = 8;
    for (int round = 0; round < 5; round++) {
      String url = "jdbc:sqlite:" + tempDir.resolve("new" + round + ".db");
      CyclicBarrier start = new CyclicBarrier(stores);
      List<Future<Long>> ids = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(stores)) {
        for (int store = 0; store < stores; store++) {
          Instant collectedAt = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(store);
          ids.add(
              pool.submit(
                  () -> {
                    start.await();
                    try (HistoryStore opened = HistoryStore.open(url)) {
                      return opened.record(
                          SampleAssessments.homelab("homelab", collectedAt, 2), collectedAt);
                    }
                  }));
        }
        for (Future<Long> id : ids) {
          assertThat(id.get(120, TimeUnit.SECONDS)).isPositive();
        }
      }
      try (HistoryStore store = HistoryStore.open(url)) {
        assertThat(store.trend("homelab", 100)).hasSize(stores);
      }
    }
  }

  @Test
  void anInMemoryDatabaseIsRefusedBecauseItWouldForgetEverything() {
    assertThatThrownBy(() -> HistoryStore.open("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a database file");
  }

  @Test
  void aFileThatCannotBeCreatedIsNamedInTheError() {
    Path missing = tempDir.resolve("no/such/dir/history.db");
    assertThatThrownBy(() -> HistoryStore.open("jdbc:sqlite:" + missing))
        .isInstanceOf(HistoryException.class)
        .hasMessageStartingWith("cannot open the history at jdbc:sqlite:" + missing);
  }

  @Test
  void anUnknownDatabaseIsRefusedWithoutRepeatingItsParameters() {
    assertThatThrownBy(
            () -> HistoryStore.open("jdbc:mysql://db.internal/opsgrade?password=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite: or jdbc:postgresql:")
        .hasMessageContaining("jdbc:mysql://db.internal/opsgrade")
        .hasMessageNotContaining("hunter2");
  }

  private Process writer(String url, Path go, long first, int count, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            HistoryWriterMain.class.getName(),
            url,
            go.toString(),
            String.valueOf(first),
            String.valueOf(count))
        .redirectError(log.toFile())
        .start();
  }

  private static String pragma(HistoryStore store, String name) {
    return store.jdbi().withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
  }

  private static List<String> query(Path file, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
