package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.testing.Daemon;
import dev.opsgrade.collect.testing.FreePort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Alertmanager on a free loopback port with its own config and storage, clustering off.
 * Each test alert run is its own group (group_by opsgrade_run) and is sent without delay.
 */
final class RealAlertmanager implements AutoCloseable {
  private final Daemon daemon;
  final String url;

  private RealAlertmanager(Daemon daemon, String url) {
    this.daemon = daemon;
    this.url = url;
  }

  /** Routes every alert to one receiver whose body is {@code receiverYaml} (after "- name: x"). */
  static RealAlertmanager start(Path dir, String receiver, String receiverYaml) throws Exception {
    Files.createDirectories(dir);
    String config =
        """
        route:
          receiver: %s
          group_by: [opsgrade_run]
          group_wait: 0s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: %s
        %s
        """
            .formatted(receiver, receiver, receiverYaml.indent(4).stripTrailing());
    Files.writeString(dir.resolve("alertmanager.yml"), config);
    int port = FreePort.pick();
    String url = "http://127.0.0.1:" + port;
    Daemon daemon =
        Daemon.start(
            "alertmanager",
            List.of(
                "prometheus-alertmanager",
                "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address="),
            dir,
            url + "/-/ready");
    return new RealAlertmanager(daemon, url);
  }

  /** A webhook receiver posting to {@code target}, resolved notifications included. */
  static String webhook(String target) {
    return "webhook_configs:\n  - url: " + target + "\n    send_resolved: true";
  }

  /** GET /api/v2/alerts with a label filter, as the test's own independent look. */
  String alerts(String filter) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      String query = java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8);
      return client
          .send(
              HttpRequest.newBuilder(URI.create(url + "/api/v2/alerts?filter=" + query)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body()
          .strip();
    }
  }

  @Override
  public void close() throws InterruptedException {
    daemon.close();
  }
}
