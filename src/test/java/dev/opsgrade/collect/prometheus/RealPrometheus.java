package dev.opsgrade.collect.prometheus;

import dev.opsgrade.collect.testing.Daemon;
import dev.opsgrade.collect.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Debian's Prometheus and node exporter, started on free loopback ports with their own config,
 * rules and storage in a temporary folder: a node exporter that is up (labelled host=master), a
 * target nobody listens on, a target relabelling drops, a healthy rule group and a group whose rule
 * fails at every evaluation (many-to-many matching once two "up" series exist).
 */
final class RealPrometheus implements AutoCloseable {
  private final Daemon nodeExporter;
  private final Daemon prometheus;
  final String url;
  final int nodePort;
  final int deadPort;

  private RealPrometheus(Daemon nodeExporter, Daemon prometheus, String url, int node, int dead) {
    this.nodeExporter = nodeExporter;
    this.prometheus = prometheus;
    this.url = url;
    this.nodePort = node;
    this.deadPort = dead;
  }

  static RealPrometheus start(Path dir, String retention) throws Exception {
    int node = FreePort.pick();
    int dead = FreePort.pick();
    int port = FreePort.pick();
    Daemon exporter =
        Daemon.start(
            "node-exporter",
            List.of(
                "prometheus-node-exporter",
                "--web.listen-address=127.0.0.1:" + node,
                "--collector.disable-defaults",
                "--collector.filesystem",
                "--collector.loadavg"),
            dir,
            "http://127.0.0.1:" + node + "/metrics");
    Files.writeString(dir.resolve("prometheus.yml"), config(node, dead));
    Files.writeString(dir.resolve("rules.yml"), RULES);
    String url = "http://127.0.0.1:" + port;
    Daemon prometheus =
        Daemon.start(
            "prometheus",
            List.of(
                "prometheus",
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--storage.tsdb.retention.time=" + retention,
                "--web.listen-address=127.0.0.1:" + port),
            dir,
            url + "/-/ready");
    RealPrometheus started = new RealPrometheus(exporter, prometheus, url, node, dead);
    started.await("/api/v1/targets", body -> !body.contains("\"health\":\"unknown\""));
    started.await("/api/v1/rules", body -> body.contains("\"health\":\"err\""));
    return started;
  }

  /** Polls an API path until its body says the state the test needs, for at most 30 s. */
  void await(String path, Predicate<String> ready) throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (HttpClient client = HttpClient.newHttpClient()) {
      String body = "";
      while (System.nanoTime() < end) {
        body =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(url + path)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (ready.test(body)) {
          return;
        }
        Thread.sleep(250);
      }
      throw new IllegalStateException(
          "Prometheus never reached the state for " + path + ": " + body);
    }
  }

  private static String config(int node, int dead) {
    return """
        global: { scrape_interval: 1s, evaluation_interval: 1s, scrape_timeout: 1s }
        rule_files: [rules.yml]
        scrape_configs:
          - job_name: node
            static_configs: [{ targets: ['127.0.0.1:%d'], labels: { host: master } }]
          - job_name: dead
            static_configs: [{ targets: ['127.0.0.1:%d'] }]
          - job_name: cadvisor
            static_configs: [{ targets: ['127.0.0.1:1'] }]
            relabel_configs: [{ action: drop, source_labels: [__address__], regex: '127.0.0.1:1' }]
        """
        .formatted(node, dead);
  }

  private static final String RULES =
      """
      groups:
        - name: healthy
          rules:
            - alert: InstanceDown
              expr: up == 0
              for: 5m
            - alert: HostOutOfDiskSpace
              expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.001
        - name: broken
          rules:
            - record: job:up:broken
              expr: up + on() up
      """;

  @Override
  public void close() throws InterruptedException {
    prometheus.close();
    nodeExporter.close();
  }
}
