package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of writing: the file opens, and its history is a prefix of what was sent.
 */
class ProbeCrashTest {
  private static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");

  @TempDir Path tempDir;

  @Test
  void aKilledWriterLeavesAPrefixWithRollupsThatAgree() throws Exception {
    Path file = tempDir.resolve("crash.db");
    String url = "jdbc:sqlite:" + file;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ProbeWriterMain.class.getName(),
                url,
                BASE.toString())
            .redirectError(tempDir.resolve("child.log").toFile())
            .start();
    int committed = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      while (committed < 2000) {
        String line = out.readLine();
        assertThat(line).as("the writer died early").isNotNull();
        committed = Integer.parseInt(line);
      }
      child.destroyForcibly().waitFor();
    }

    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      assertThat(result.getString(1)).isEqualTo("ok");
    }
    try (HistoryStore history = HistoryStore.open(url)) {
      ProbeStore store = history.probes();
      List<ProbeSample> samples = store.results("crash", BASE, BASE.plus(Duration.ofDays(1)));
      assertThat(samples.size())
          .isGreaterThan(committed)
          .matches(n -> n % 10 == 0, "whole batches");
      for (int n = 0; n < samples.size(); n++) {
        assertThat(samples.get(n).at()).isEqualTo(BASE.plusSeconds(n));
      }
      Availability day =
          store.availability("crash", Duration.ofDays(1), BASE.plus(Duration.ofDays(1)));
      assertThat(day.probes()).isEqualTo(samples.size());
      assertThat(day.failures()).isEqualTo(samples.stream().filter(s -> !s.ok()).count());
      store.record(
          List.of(new ProbeSample("crash", BASE.plusSeconds(samples.size()), true, 2, 1, "")));
      assertThat(
              store
                  .availability("crash", Duration.ofDays(1), BASE.plus(Duration.ofDays(1)))
                  .probes())
          .as("writing resumes")
          .isEqualTo(samples.size() + 1);
    }
  }
}
