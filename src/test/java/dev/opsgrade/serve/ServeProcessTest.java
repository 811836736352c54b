package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.cli.Main;
import dev.opsgrade.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `opsgrade serve` as a real child process probing a loopback server every second: SIGTERM stops it
 * cleanly with everything probed written; kill -9 leaves a database that opens, whose rollups agree
 * with its raw rows, and a restarted serve goes on probing into it.
 */
class ServeProcessTest {
  @TempDir Path dir;

  @Test
  void sigtermStopsCleanlyAndWritesEverythingProbed() throws Exception {
    try (LoopbackTargets targets = new LoopbackTargets()) {
      inventory(targets);
      Child serve = Child.start(dir);
      serve.awaitLine("probing 2 routes and endpoints");
      awaitSamples(10);
      long before = samples();
      Instant signalled = Instant.now();
      serve.process.destroy(); // SIGTERM
      assertThat(serve.process.waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s").isTrue();
      assertThat(serve.process.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the hook ran
      assertThat(serve.lines()).anyMatch(l -> l.contains("stopped; history closed"));
      assertIntact();
      assertThat(samples()).isGreaterThanOrEqualTo(before);
      assertThat(lastSample())
          .as("the round held for judging was written at shutdown, not dropped")
          .isAfter(signalled.minusSeconds(3));
    }
  }

  @Test
  void afterKillDashNineTheDatabaseOpensAndProbingResumes() throws Exception {
    try (LoopbackTargets targets = new LoopbackTargets()) {
      inventory(targets);
      Child first = Child.start(dir);
      first.awaitLine("probing 2 routes and endpoints");
      awaitSamples(10);
      first.process.destroyForcibly().waitFor();
      assertIntact();
      long afterCrash = samples();
      assertThat(rollupProbes()).as("rollups agree with raw rows").isEqualTo(afterCrash);

      Child second = Child.start(dir);
      second.awaitLine("probing 2 routes and endpoints");
      awaitSamples(afterCrash + 6);
      second.process.destroy();
      assertThat(second.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
      assertIntact();
      assertThat(rollupProbes()).isEqualTo(samples());
    }
  }

  @Test
  void theDashboardShowsWhatTheDaemonProbesBehindItsLogin() throws Exception {
    try (LoopbackTargets targets = new LoopbackTargets()) {
      int port = FreePort.next();
      Files.writeString(dir.resolve("dashboard-password"), PASSWORD + "\n");
      Files.writeString(dir.resolve(".env"), "OPSGRADE_METRICS_TOKEN=" + TOKEN + "\n");
      Files.writeString(
          dir.resolve("opsgrade.yaml"),
          """
          name: watched
          endpoints:
            - { name: up, url: "%s" }
            - { name: flaky, url: "%s" }
          probe: { samples: 1, timeout: 2s }
          serve:
            listen: 127.0.0.1:%d
            password_file: dashboard-password
            metrics_token: ${OPSGRADE_METRICS_TOKEN}
            probe_interval: 1s
            assess_every: 1h
          """
              .formatted(targets.uri("/up"), targets.uri("/flaky"), port));
      Child serve = Child.start(dir);
      serve.awaitLine("dashboard on http://127.0.0.1:" + port + "/");
      awaitSamples(4);
      String base = "http://127.0.0.1:" + port;
      HttpClient client =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

      assertThat(get(client, base + "/healthz", Map.of()).statusCode()).isEqualTo(200);
      assertThat(get(client, base + "/services", Map.of()).statusCode())
          .as("no page without logging in")
          .isIn(302, 303, 401);
      assertThat(get(client, base + "/metrics", Map.of()).statusCode()).isEqualTo(401);

      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("password=" + PASSWORD))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      Map<String, String> session = Map.of("Cookie", cookie.substring(0, cookie.indexOf(';')));
      HttpResponse<String> services = get(client, base + "/services", session);
      assertThat(services.statusCode()).isEqualTo(200);
      assertThat(services.body()).contains("up", "flaky");

      HttpResponse<String> metrics =
          get(client, base + "/metrics", Map.of("Authorization", "Bearer " + TOKEN));
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("opsgrade_probe_up").contains("\"up\"");

      serve.process.destroy();
      assertThat(serve.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.lines()).noneMatch(l -> l.contains(PASSWORD) || l.contains(TOKEN));
      assertThat(services.body() + metrics.body()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
    }
  }

  private static final String PASSWORD = "dashboard-pass-4f1c9e";
  private static final String TOKEN = "metrics-token-8d2b71";

  private static HttpResponse<String> get(
      HttpClient client, String url, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void inventory(LoopbackTargets targets) throws IOException {
    Files.writeString(
        dir.resolve("opsgrade.yaml"),
        """
        name: crash
        endpoints:
          - { name: up, url: "%s" }
          - { name: flaky, url: "%s" }
        probe: { samples: 1, timeout: 2s }
        serve: { probe_interval: 1s, assess_every: 1h }
        """
            .formatted(targets.uri("/up"), targets.uri("/flaky")));
  }

  private String url() {
    return "jdbc:sqlite:" + dir.resolve(".opsgrade/history.db");
  }

  private long query(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return result.next() ? result.getLong(1) : 0;
    }
  }

  private long samples() throws Exception {
    return query("SELECT COUNT(*) FROM probe_result WHERE NOT unknown");
  }

  private long rollupProbes() throws Exception {
    return query("SELECT COALESCE(SUM(probes), 0) FROM probe_rollup WHERE resolution = 'm'");
  }

  private Instant lastSample() throws Exception {
    return Instant.ofEpochMilli(query("SELECT MAX(at_ms) FROM probe_result"));
  }

  private void awaitSamples(long wanted) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < end) {
      if (Files.exists(dir.resolve(".opsgrade/history.db"))
          && tableExists()
          && samples() >= wanted) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("fewer than " + wanted + " samples within 120 s: " + samples());
  }

  private boolean tableExists() throws Exception {
    return query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'probe_result'") > 0;
  }

  private void assertIntact() throws Exception {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      assertThat(result.getString(1)).isEqualTo("ok");
    }
  }

  /** A serve child process, its output in a file (destroy() would close a pipe unread). */
  private record Child(Process process, Path log) {
    private static int started;

    static Child start(Path dir) throws IOException {
      Path log = dir.resolve("serve-" + (++started) + ".log");
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--enable-native-access=ALL-UNNAMED",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "serve",
                  dir.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Child(process, log);
    }

    List<String> lines() {
      try {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
      } catch (IOException e) {
        return List.of("(log unreadable: " + e.getMessage() + ")");
      }
    }

    void awaitLine(String text) throws InterruptedException {
      long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < end) {
        if (lines().stream().anyMatch(l -> l.contains(text))) {
          return;
        }
        if (!process.isAlive()) {
          throw new AssertionError("serve exited " + process.exitValue() + ": " + lines());
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no '" + text + "' within 120 s: " + lines());
    }
  }
}
