package dev.opsgrade.bench;

import dev.opsgrade.collect.http.HttpCollector;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.Daemon;
import dev.opsgrade.testing.FreePort;
import dev.opsgrade.testing.HostileServers;
import dev.opsgrade.testing.Nginx;
import dev.opsgrade.testing.TestInventory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probes 1,000 routes on loopback (nginx answering 200; 5% to a server that accepts and never
 * answers), once with opsgrade's HTTP collector and once with Debian's prometheus-blackbox-exporter
 * driven by one bounded round of /probe requests, and writes the "## HTTP probing" section of
 * bench/RESULTS.md. Run: bench/http-probe.sh
 */
public final class HttpProbeBench {
  static final int ROUTES = 1000;
  static final int HANGING = ROUTES / 20;
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

  record Result(
      String tool,
      long wallMillis,
      long cpuMillis,
      long peakRssKib,
      long ok,
      long timedOut,
      String note) {
    double probesPerSecond() {
      return ROUTES * 1000.0 / wallMillis;
    }
  }

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("opsgrade-bench");
    Path results = Path.of(args.length > 0 ? args[0] : "bench/RESULTS.md");
    int nginxPort = FreePort.next();
    try (Nginx nginx =
            Nginx.start(
                work.resolve("nginx"),
                "server { listen 127.0.0.1:%d; location / { return 200 \"ok\\n\"; } }"
                    .formatted(nginxPort),
                List.of(nginxPort));
        HostileServers hostile = new HostileServers()) {
      int silent = hostile.silent();
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < ROUTES; i++) {
        urls.add(
            i % 20 == 0
                ? "http://127.0.0.1:" + silent + "/route-" + i
                : "http://127.0.0.1:" + nginxPort + "/route-" + i);
      }
      Result opsgrade = opsgrade(urls, work);
      Result blackbox = blackbox(urls, work);
      write(results, List.of(opsgrade, blackbox));
      System.out.println(Files.readString(results));
    }
  }

  static Result opsgrade(List<String> urls, Path work) {
    TestInventory inventory = new TestInventory().probe(1, TIMEOUT);
    for (int i = 0; i < urls.size(); i++) {
      inventory.endpoint("route-" + i, urls.get(i), "none");
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    Evidence evidence = Collect.run(inventory.build(), work, Map.of(), new HttpCollector());
    long wall = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
    List<HttpProbe> probes = evidence.all(HttpProbe.class).stream().map(FactView::data).toList();
    long ok = probes.stream().filter(p -> p.outcome() == ProbeClass.OK).count();
    long timedOut = probes.stream().filter(p -> p.outcome() == ProbeClass.TIMEOUT).count();
    System.err.println(
        "slowest ok probe: "
            + probes.stream()
                .filter(p -> p.outcome() == ProbeClass.OK)
                .mapToLong(p -> p.samples().getFirst().millis())
                .max()
                .orElse(0)
            + " ms; ok probes over 1 s: "
            + probes.stream()
                .filter(p -> p.outcome() == ProbeClass.OK && p.samples().getFirst().millis() > 1000)
                .count());
    return new Result(
        "opsgrade HttpCollector (virtual threads, at most 256 at once)",
        wall,
        cpuMillis,
        rssKib("self"),
        ok,
        timedOut,
        "in-process: CPU and peak RSS are the whole JVM's (bench harness and nginx driver included)");
  }

  static Result blackbox(List<String> urls, Path work) throws IOException, InterruptedException {
    int port = FreePort.next();
    Path config = work.resolve("blackbox.yml");
    Files.writeString(
        config,
        "modules:\n  http_2xx:\n    prober: http\n    timeout: "
            + TIMEOUT.toSeconds()
            + "s\n    http:\n      preferred_ip_protocol: ip4\n");
    try (Daemon exporter =
        Daemon.start(
            "prometheus-blackbox-exporter",
            List.of(
                "/usr/bin/prometheus-blackbox-exporter",
                "--config.file=" + config,
                "--web.listen-address=127.0.0.1:" + port),
            work.resolve("blackbox.log"))) {
      exporter.awaitTcp(port, Duration.ofSeconds(10));
      long pid = pidOf(exporter);
      long cpu = cpuMillis(pid);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newVirtualThreadPerTaskExecutor())
              .build();
      java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(256);
      long start = System.nanoTime();
      List<Future<String>> answers = new ArrayList<>();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String url : urls) {
          answers.add(pool.submit(() -> viaExporter(client, port, url, slots)));
        }
      }
      long wall = (System.nanoTime() - start) / 1_000_000;
      long ok =
          answers.stream()
              .filter(
                  f ->
                      f.state() == Future.State.SUCCESS
                          && f.resultNow().contains("probe_success 1"))
              .count();
      long failed =
          answers.stream()
              .filter(
                  f ->
                      f.state() == Future.State.SUCCESS
                          && f.resultNow().contains("probe_success 0"))
              .count();
      return new Result(
          "prometheus-blackbox-exporter "
              + version()
              + " (one round of "
              + urls.size()
              + " /probe requests, at most 256 in flight)",
          wall,
          cpuMillis(pid) - cpu,
          rssKib(String.valueOf(pid)),
          ok,
          failed,
          "separate process: CPU and peak RSS are the exporter's own; failed = probe_success 0; "
              + (urls.size() - ok - failed)
              + " /probe requests got no answer within "
              + CLIENT_TIMEOUT.toSeconds()
              + " s");
    }
  }

  /** One /probe request, at most 256 in flight, as opsgrade's own probes are bounded. */
  private static String viaExporter(
      HttpClient client, int port, String url, java.util.concurrent.Semaphore slots)
      throws IOException, InterruptedException {
    slots.acquire();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + port + "/probe?module=http_2xx&target=" + url))
              .header("X-Prometheus-Scrape-Timeout-Seconds", String.valueOf(TIMEOUT.toSeconds()))
              .timeout(CLIENT_TIMEOUT)
              .build();
      return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } finally {
      slots.release();
    }
  }

  private static long pidOf(Daemon daemon) {
    return daemon.pid();
  }

  private static long cpuMillis(long pid) throws IOException {
    String[] stat =
        Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll("^.*\\) ", "").split(" ");
    long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    return ticks * 10;
  }

  private static long rssKib(String pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
          .findFirst()
          .orElse(-1L);
    } catch (IOException e) {
      return -1;
    }
  }

  private static String version() {
    try {
      Process p =
          new ProcessBuilder("/usr/bin/prometheus-blackbox-exporter", "--version")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor();
      return out.lines().findFirst().orElse("").replaceAll(".*version ([^ ]+).*", "$1");
    } catch (IOException | InterruptedException e) {
      return "?";
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"))
          .trim()
          .replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static void write(Path results, List<Result> rows) throws IOException {
    StringBuilder section = new StringBuilder("## HTTP probing\n\n");
    section
        .append(
            "Run: `bench/http-probe.sh` on this machine (2 cores shared with other work, loopback only). ")
        .append(ROUTES)
        .append(" routes, ")
        .append(HANGING)
        .append(" of them (5%) to a server that accepts and never answers; timeout ")
        .append(TIMEOUT.toSeconds())
        .append(" s, 1 sample per route; the other routes are nginx (Debian) answering 200.\n\n");
    section.append(
        "| tool | wall time | probes/s | CPU time | peak RSS | ok | failed or timed out | note |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Result r : rows) {
      section
          .append("| ")
          .append(r.tool())
          .append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.2f s", r.wallMillis() / 1000.0))
          .append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.0f", r.probesPerSecond()))
          .append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.2f s", r.cpuMillis() / 1000.0))
          .append(" | ")
          .append(r.peakRssKib() / 1024)
          .append(" MiB | ")
          .append(r.ok())
          .append(" | ")
          .append(r.timedOut())
          .append(" | ")
          .append(r.note())
          .append(" |\n");
    }
    section
        .append("\nLoad average when the run ended: ")
        .append(loadAverage())
        .append(" on 2 cores: the machine was shared, so wall times include waiting for a CPU.")
        .append(" Neither tool takes the sum of the hanging probes' timeouts (")
        .append(HANGING * TIMEOUT.toSeconds())
        .append(" s): both wait for the hanging ones concurrently, so a run takes one timeout")
        .append(" plus the time to get through the other probes.\n");
    String existing = Files.exists(results) ? Files.readString(results) : "# Benchmarks\n\n";
    int from = existing.indexOf("## HTTP probing");
    String kept;
    if (from < 0) {
      kept = existing.endsWith("\n\n") ? existing : existing + "\n";
      Files.writeString(results, kept + section);
      return;
    }
    int next = existing.indexOf("\n## ", from + 1);
    kept = existing.substring(0, from) + section + (next < 0 ? "" : existing.substring(next + 1));
    Files.writeString(results, kept);
  }
}
