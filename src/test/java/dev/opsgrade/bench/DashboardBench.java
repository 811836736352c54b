package dev.opsgrade.bench;

import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.serve.web.DashboardServer;
import dev.opsgrade.serve.web.DashboardSetup;
import dev.opsgrade.serve.web.SimpleServeStatus;
import dev.opsgrade.testing.FreePort;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the dashboard takes to answer with many monitors: MONITORS monitors with 30 days of
 * probes every 30 minutes in a SQLite history, then the status matrix, /metrics and a badge are
 * fetched over HTTP repeatedly. Writes the "## Dashboard" section of bench/RESULTS.md. Run:
 * bench/dashboard.sh [monitors]
 */
public final class DashboardBench {
  private static final String PASSWORD = "bench-password";
  private static final String TOKEN = "bench-token";
  private static final int ROUNDS = 15;
  private static final int READS = 4;
  private static final long CACHE_EXPIRY = 16_000;

  private DashboardBench() {}

  public static void main(String[] args) throws Exception {
    Path results = Path.of(args.length > 0 ? args[0] : "bench/RESULTS.md");
    int monitors = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Path dir = Files.createTempDirectory("opsgrade-dashboard-bench");
    Files.writeString(dir.resolve("password"), PASSWORD);
    Files.writeString(
        dir.resolve("opsgrade.yaml"),
        "name: bench\nendpoints:\n  - { name: m0, url: 'http://127.0.0.1:9/', public: true }\n"
            + "serve: { listen: '127.0.0.1:"
            + FreePort.next()
            + "', password_file: password, metrics_token: "
            + "'${TOKEN}' }\n");
    Map<String, String> env = Map.of("TOKEN", TOKEN);
    Inventory inventory = InventoryLoader.load(dir.resolve("opsgrade.yaml"), env);
    try (HistoryStore history =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(env, dir))) {
      long generate = System.nanoTime();
      long samples = fill(history, monitors, Instant.now());
      double generated = (System.nanoTime() - generate) / 1e9;
      long dbBytes = Files.size(dir.resolve(HistoryStore.DEFAULT_FILE));
      SimpleServeStatus status = new SimpleServeStatus(List.of(), () -> true);
      status.ready(true);
      try (DashboardServer server =
          new DashboardServer(
                  DashboardSetup.standard(inventory, dir, history, status, env, "bench"))
              .start()) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String cookie = login(client, base);
        long cpuBefore = cpuNanos();
        Timings read =
            time(client, base + "/services", Map.of("Cookie", cookie), READS, CACHE_EXPIRY);
        double cpuRead = (cpuNanos() - cpuBefore) / 1e9;
        Timings matrix = time(client, base + "/services", Map.of("Cookie", cookie), ROUNDS, 0);
        Timings metrics =
            time(client, base + "/metrics", Map.of("Authorization", "Bearer " + TOKEN), ROUNDS, 0);
        Timings badge = time(client, base + "/badge/m0.svg", Map.of(), ROUNDS, 0);
        List<String> rows =
            List.of(
                read.row("/services, history read afresh (cache expired)"),
                matrix.row("/services, within 15 s of a read (cached rows)"),
                metrics.row("/metrics (cached rows)"),
                badge.row("/badge/m0.svg (one monitor, never cached)"));
        write(results, monitors, samples, generated, dbBytes, rows, cpuRead / READS);
      }
    }
  }

  /** 30 days of a probe every 30 minutes per monitor; one in 50 fails. */
  private static long fill(HistoryStore history, int monitors, Instant now) {
    Instant start = now.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    long count = 0;
    for (int m = 0; m < monitors; m++) {
      List<ProbeSample> samples = new ArrayList<>();
      int i = 0;
      for (Instant at = start; at.isBefore(now); at = at.plus(Duration.ofMinutes(30)), i++) {
        boolean ok = (i + m) % 50 != 0;
        samples.add(new ProbeSample("m" + m, at, ok, ok ? 2 : 5, 20 + (i * 7 + m) % 300, ""));
      }
      history.probes().record(samples);
      count += samples.size();
    }
    for (Instant at = start; at.isBefore(now); at = at.plus(Duration.ofMinutes(30))) {
      history.probes().heartbeat(at);
    }
    return count;
  }

  private static String login(HttpClient client, String base) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  /** Milliseconds per request, sorted, and the size of the last answer. */
  private record Timings(double[] millis, int bytes) {
    double quantile(double q) {
      return millis[(int) Math.min(millis.length - 1, Math.ceil(q * millis.length) - 1)];
    }

    String row(String what) {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %.0f | %.0f | %.0f | %d |%n",
          what,
          millis.length,
          quantile(0.5),
          quantile(0.95),
          millis[millis.length - 1],
          bytes);
    }
  }

  private static Timings time(
      HttpClient client, String url, Map<String, String> headers, int rounds, long pauseMillis)
      throws Exception {
    double[] millis = new double[rounds];
    int bytes = 0;
    for (int i = 0; i < rounds; i++) {
      Thread.sleep(pauseMillis);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      headers.forEach(request::header);
      long start = System.nanoTime();
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      bytes = response.body().length();
    }
    Arrays.sort(millis);
    return new Timings(millis, bytes);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void write(
      Path results,
      int monitors,
      long samples,
      double generated,
      long dbBytes,
      List<String> rows,
      double cpuPerRead)
      throws IOException {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    String section =
        "## Dashboard\n\n"
            + "Written by `dev.opsgrade.bench.DashboardBench` (`bench/dashboard.sh`) on "
            + LocalDate.now()
            + ".\n\n"
            + String.format(
                Locale.ROOT,
                "History: %d monitors, 30 days of a probe every 30 minutes (%d samples, written in"
                    + " %.1f s), SQLite %.1f MiB. Requests over loopback by one client, one at a"
                    + " time; load average %.1f on %d CPUs.%n%n",
                monitors,
                samples,
                generated,
                dbBytes / 1048576.0,
                load,
                Runtime.getRuntime().availableProcessors())
            + "| request | n | p50 ms | p95 ms | max ms | bytes |\n|---|---|---|---|---|---|\n"
            + String.join("", rows)
            + String.format(
                Locale.ROOT,
                "%nCPU time of the whole process per history read of the matrix: %.2f s (%.1f ms"
                    + " per monitor).%n",
                cpuPerRead,
                cpuPerRead * 1000 / monitors);
    String existing = Files.exists(results) ? Files.readString(results) : "# Benchmarks\n\n";
    int from = existing.indexOf("## Dashboard\n");
    if (from < 0) {
      Files.writeString(
          results, (existing.endsWith("\n\n") ? existing : existing + "\n") + section);
      return;
    }
    int next = existing.indexOf("\n## ", from + 1);
    Files.writeString(
        results,
        existing.substring(0, from) + section + (next < 0 ? "" : existing.substring(next + 1)));
  }
}
