package dev.opsgrade.bench;

import dev.opsgrade.testing.Daemon;
import dev.opsgrade.testing.FreePort;
import dev.opsgrade.testing.HostileServers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 1,000 monitors at a 10 s interval on loopback (nginx answering 200; 2 % to a server that accepts
 * and never answers), probed for the given minutes by opsgrade's serve prober in a child JVM, then
 * by Debian's prometheus-blackbox-exporter scraped by prometheus. CPU share and resident memory of
 * each process are read from /proc (CPU after the first tenth of the run, a warm-up). Prints
 * markdown rows. Args: seconds to run each, work dir.
 */
public final class ServeBench {
  static final int MONITORS = 1000;
  static final int INTERVAL_SECONDS = 10;

  record Usage(String process, double cpuSeconds, double coreShare, long rssKib, long peakKib) {}

  public static void main(String[] args) throws Exception {
    Duration run = Duration.ofSeconds(Long.parseLong(args[0]));
    Path work = Files.createDirectories(Path.of(args[1]));
    int nginxPort = FreePort.next();
    StringBuilder out = new StringBuilder();
    try (Daemon nginx = nginx(work.resolve("nginx"), nginxPort);
        HostileServers hostile = new HostileServers()) {
      int silent = hostile.silent();
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < MONITORS; i++) {
        urls.add("http://127.0.0.1:" + (i % 50 == 0 ? silent : nginxPort) + "/monitor-" + i);
      }
      Files.write(work.resolve("urls.txt"), urls);
      List<String> modes = List.of((args.length > 2 ? args[2] : "serve,blackbox").split(","));
      if (modes.contains("prober")) {
        out.append(prober(work, run)).append('\n');
      }
      if (modes.contains("serve")) {
        out.append(serve(work, urls, run)).append('\n');
      }
      if (modes.contains("blackbox")) {
        out.append(blackbox(work, urls, run)).append('\n');
      }
    }
    System.out.println(out);
    Files.writeString(work.resolve("serve-bench.md"), out);
  }

  private static Daemon nginx(Path dir, int port) throws IOException {
    Files.createDirectories(dir.resolve("temp"));
    Files.writeString(
        dir.resolve("nginx.conf"),
        """
        daemon off;
        master_process off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 8192; }
        http {
          access_log off;
          client_body_temp_path %1$s/temp/body;
          proxy_temp_path %1$s/temp/proxy;
          fastcgi_temp_path %1$s/temp/fastcgi;
          uwsgi_temp_path %1$s/temp/uwsgi;
          scgi_temp_path %1$s/temp/scgi;
          server { listen 127.0.0.1:%2$d; location / { return 200 "ok\\n"; } }
        }
        """
            .formatted(dir, port));
    Daemon daemon =
        Daemon.start(
            "nginx",
            List.of(
                "/usr/sbin/nginx",
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-e",
                dir.resolve("error.log").toString()),
            dir.resolve("nginx.out"));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return daemon;
  }

  /** The JVM flags of the child: those bin/opsgrade gives `serve` unless -Dserve.jvm says. */
  private static List<String> jvm() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(System.getProperty("serve.jvm", SERVE_JVM_FLAGS).split(" ")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    return command;
  }

  /** Kept in step with the serve line of bin/opsgrade. */
  static final String SERVE_JVM_FLAGS =
      "--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx128m -XX:TieredStopAtLevel=1";

  /** The scheduler, JDK-client prober and recorder alone, without the rest of the daemon. */
  private static String prober(Path work, Duration run) throws Exception {
    Path db = work.resolve("serve-bench.db");
    Files.deleteIfExists(db);
    List<String> command = jvm();
    command.addAll(
        List.of(
            ServeProbeChild.class.getName(),
            "jdbc:sqlite:" + db,
            work.resolve("urls.txt").toString(),
            String.valueOf(INTERVAL_SECONDS)));
    return measured(work, run, "opsgrade scheduler + JDK HttpClient prober (JVM)", command, db);
  }

  /** The real `opsgrade serve` on an inventory of the 1,000 URLs as endpoints. */
  private static String serve(Path work, List<String> urls, Duration run) throws Exception {
    Path dir = Files.createDirectories(work.resolve("serve"));
    StringBuilder yaml = new StringBuilder("name: bench\nendpoints:\n");
    for (int i = 0; i < urls.size(); i++) {
      yaml.append("  - { name: m-")
          .append(i)
          .append(", url: \"")
          .append(urls.get(i))
          .append("\" }\n");
    }
    yaml.append("probe: { samples: 1, timeout: 5s }\n")
        .append("serve: { probe_interval: ")
        .append(INTERVAL_SECONDS)
        .append("s, assess_every: 1h }\n");
    Files.writeString(dir.resolve("opsgrade.yaml"), yaml);
    Path db = dir.resolve(".opsgrade/history.db");
    Files.deleteIfExists(db);
    List<String> command = jvm();
    command.addAll(List.of(dev.opsgrade.cli.Main.class.getName(), "serve", dir.toString()));
    return measured(
        work,
        run,
        "opsgrade serve (JVM; `" + System.getProperty("serve.jvm", SERVE_JVM_FLAGS) + "`)",
        command,
        db);
  }

  private static String measured(
      Path work, Duration run, String label, List<String> command, Path db) throws Exception {
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("serve-child.log").toFile())
            .start();
    Usage usage;
    try {
      usage = measure(label, List.of(child.pid()), run).getFirst();
    } finally {
      child.destroy();
      child.waitFor();
    }
    long rows;
    long failures;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*), SUM(CASE WHEN ok THEN 0 ELSE 1 END) FROM probe_result"
                    + " WHERE monitor LIKE 'm-%'")) {
      r.next();
      rows = r.getLong(1);
      failures = r.getLong(2);
    }
    long dbBytes = Files.size(db);
    return row(usage)
        + String.format(
            Locale.ROOT,
            "\nopsgrade: %d probes recorded (%d failed; expected about %d), exit code after"
                + " SIGTERM %d, database %d KiB (%.0f bytes per raw sample with its rollups)\n",
            rows,
            failures,
            MONITORS * run.toSeconds() / INTERVAL_SECONDS,
            child.exitValue(),
            dbBytes / 1024,
            rows == 0 ? 0.0 : dbBytes / (double) rows);
  }

  private static String blackbox(Path work, List<String> urls, Duration run) throws Exception {
    int exporterPort = FreePort.next();
    int promPort = FreePort.next();
    Path config = work.resolve("blackbox.yml");
    Files.writeString(
        config,
        "modules:\n  http_2xx:\n    prober: http\n    timeout: 5s\n"
            + "    http:\n      preferred_ip_protocol: ip4\n");
    StringBuilder targets = new StringBuilder();
    for (String url : urls) {
      targets.append("          - ").append(url).append('\n');
    }
    Path promConfig = work.resolve("prometheus.yml");
    Files.writeString(
        promConfig,
        """
        global:
          scrape_interval: %1$ds
          scrape_timeout: 8s
        scrape_configs:
          - job_name: blackbox
            metrics_path: /probe
            params:
              module: [http_2xx]
            static_configs:
              - targets:
        %2$s
            relabel_configs:
              - source_labels: [__address__]
                target_label: __param_target
              - source_labels: [__param_target]
                target_label: instance
              - target_label: __address__
                replacement: 127.0.0.1:%3$d
        """
            .formatted(INTERVAL_SECONDS, targets.toString().stripTrailing(), exporterPort));
    Path tsdb = Files.createDirectories(work.resolve("prometheus-data"));
    try (Daemon exporter =
            Daemon.start(
                "prometheus-blackbox-exporter",
                List.of(
                    "/usr/bin/prometheus-blackbox-exporter",
                    "--config.file=" + config,
                    "--web.listen-address=127.0.0.1:" + exporterPort),
                work.resolve("blackbox.log"));
        Daemon prometheus =
            Daemon.start(
                "prometheus",
                List.of(
                    "/usr/bin/prometheus",
                    "--config.file=" + promConfig,
                    "--storage.tsdb.path=" + tsdb,
                    "--web.listen-address=127.0.0.1:" + promPort),
                work.resolve("prometheus.log"))) {
      exporter.awaitTcp(exporterPort, Duration.ofSeconds(20));
      prometheus.awaitTcp(promPort, Duration.ofSeconds(30));
      List<Usage> usages =
          measure(
              "prometheus-blackbox-exporter + prometheus",
              List.of(exporter.pid(), prometheus.pid()),
              run);
      String counted =
          query(
              promPort,
              "sum(count_over_time(probe_success[" + window(run) + "]))",
              "probes counted");
      String failed =
          query(
              promPort,
              "sum(count_over_time(probe_success["
                  + window(run)
                  + "])) - sum(sum_over_time(probe_success["
                  + window(run)
                  + "]))",
              "failed");
      StringBuilder rows = new StringBuilder();
      for (Usage usage : usages) {
        rows.append(row(usage));
      }
      return rows
          + "\nprometheus: "
          + counted
          + "; tsdb "
          + du(tsdb) / 1024
          + " KiB (head block in memory and WAL)"
          + "; "
          + failed
          + "\n";
    }
  }

  private static String window(Duration run) {
    return run.toSeconds() + "s";
  }

  private static String query(int port, String promql, String what) {
    try {
      HttpClient client = HttpClient.newHttpClient();
      String url =
          "http://127.0.0.1:"
              + port
              + "/api/v1/query?query="
              + URLEncoder.encode(promql, StandardCharsets.UTF_8);
      String body =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      return what + " " + body.replaceAll("(?s).*\"value\":\\[[^,]*,\"([^\"]*)\"\\].*", "$1");
    } catch (IOException | InterruptedException e) {
      return what + " unknown (" + e.getMessage() + ")";
    }
  }

  private static long du(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  /**
   * CPU over the run after a warm-up (JIT, first connections), resident memory sampled every 10 s:
   * the last sample and the peak (VmHWM).
   */
  static List<Usage> measure(String label, List<Long> pids, Duration run) throws Exception {
    Duration warmup = run.dividedBy(10);
    Thread.sleep(warmup.toMillis());
    long[] cpu0 = new long[pids.size()];
    for (int i = 0; i < pids.size(); i++) {
      cpu0[i] = cpuMillis(pids.get(i));
    }
    long start = System.nanoTime();
    long end = start + run.minus(warmup).toNanos();
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    List<Usage> usages = new ArrayList<>();
    for (int i = 0; i < pids.size(); i++) {
      long pid = pids.get(i);
      double cpu = (cpuMillis(pid) - cpu0[i]) / 1000.0;
      usages.add(
          new Usage(
              label + " pid " + pid + " (" + command(pid) + ")",
              cpu,
              cpu / wall,
              status(pid, "VmRSS:"),
              status(pid, "VmHWM:")));
    }
    return usages;
  }

  private static String row(Usage u) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f s | %.1f %% | %d MiB | %d MiB | %s |\n",
        u.process(),
        u.cpuSeconds(),
        u.coreShare() * 100,
        u.rssKib() / 1024,
        u.peakKib() / 1024,
        loadAverage());
  }

  private static String command(long pid) throws IOException {
    return Files.readString(Path.of("/proc/" + pid + "/comm")).trim();
  }

  static long cpuMillis(long pid) throws IOException {
    String[] stat =
        Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll("^.*\\) ", "").split(" ");
    return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
  }

  static long status(long pid, String field) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith(field))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElse(-1L);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"))
          .trim()
          .replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
