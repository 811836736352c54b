package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.opsgrade.history.Availability;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.Inputs;
import dev.opsgrade.slo.BurnAlert;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.testing.FreePort;
import dev.opsgrade.testing.HostileServers;
import dev.opsgrade.testing.Nginx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The daemon probing real targets on loopback for a while: nginx answering 200 and 503, a server
 * that fails every third request (counting what it served), eight that accept and never answer, one
 * route under declared maintenance; alerts to a real webhook receiver.
 */
class ServeLoopbackTest {
  static final int HANGING = 8;
  static final Duration RUN = Duration.ofSeconds(24);
  static final String GOTIFY_TOKEN = "AzGotifyPlanted7731";

  @TempDir Path dir;

  @Test
  void probesMatchWhatWasServedHangsDelayNothingAndAlertsAreToldOnce() throws Exception {
    int nginxPort = FreePort.next();
    List<String> hooks = new CopyOnWriteArrayList<>();
    List<String> gotifyKeys = new CopyOnWriteArrayList<>();
    HttpServer hook =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    hook.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    hook.createContext(
        "/hook",
        exchange -> {
          hooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    hook.createContext(
        "/gotify",
        exchange -> {
          gotifyKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Gotify-Key")));
          exchange.sendResponseHeaders(500, -1); // refused: the failure is logged, the key is not
          exchange.close();
        });
    hook.start();
    Files.writeString(dir.resolve("gotify.token"), GOTIFY_TOKEN + "\n");
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    Instant started;
    Duration ran;
    try (Nginx nginx =
            Nginx.start(
                dir.resolve("nginx"),
                ("server { listen 127.0.0.1:%d; location /ok { return 200 \"ok\\n\"; }"
                        + " location /down { return 503; } location /paused { return 503; } }")
                    .formatted(nginxPort),
                List.of(nginxPort));
        LoopbackTargets targets = new LoopbackTargets();
        HostileServers hostile = new HostileServers()) {
      int silent = hostile.silent();
      StringBuilder endpoints = new StringBuilder();
      endpoint(endpoints, "nginx-ok", "http://127.0.0.1:" + nginxPort + "/ok");
      endpoint(endpoints, "nginx-down", "http://127.0.0.1:" + nginxPort + "/down");
      endpoint(endpoints, "nginx-paused", "http://127.0.0.1:" + nginxPort + "/paused");
      endpoint(endpoints, "flaky", targets.uri("/flaky").toString());
      for (int i = 1; i <= HANGING; i++) {
        endpoint(endpoints, "hang-" + i, "http://127.0.0.1:" + silent + "/hang-" + i);
      }
      Instant now = Instant.now();
      Files.writeString(
          dir.resolve("opsgrade.yaml"),
          """
          name: loopback
          endpoints:
          %s
          probe: { samples: 1, timeout: 2s }
          serve:
            probe_interval: 1s
            assess_every: 1h
            alert_after: 2
            recover_after: 2
            message: "{route} {status} {class}"
            maintenance:
              - { start: "%s", end: "%s", reason: nginx upgrade, scope: [nginx-paused] }
          notify:
            - webhook: { url: "http://127.0.0.1:%4$d/hook" }
            - gotify: { url: "http://127.0.0.1:%4$d/gotify", token_file: gotify.token }
          """
              .formatted(
                  endpoints.toString().stripTrailing(),
                  now.minus(Duration.ofHours(1)),
                  now.plus(Duration.ofHours(1)),
                  hook.getAddress().getPort()));
      Inventory inventory = Inputs.inventory(dir, Map.of());
      ServeDaemon daemon =
          new ServeDaemon(inventory, dir, Map.of(), Clock.systemUTC(), "test", log);
      started = Instant.now();
      long startNanos = System.nanoTime();
      ServeState state = daemon.start();
      try {
        state.addMaintenance(
            new MaintenanceWindow(
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                "later",
                Set.of("flaky")));
        assertThat(state.assessNow().get(3, TimeUnit.MINUTES).assessment().grade()).isNotNull();
        assertThat(state.readiness().waitingFor()).isEmpty();
        Thread.sleep(Math.max(0, RUN.toMillis() - (System.nanoTime() - startNanos) / 1_000_000));
        Map<String, MonitorStatus> statuses =
            state.monitors().stream().collect(Collectors.toMap(s -> s.monitor().name(), s -> s));
        assertThat(statuses.get("nginx-ok").state()).isEqualTo("up");
        assertThat(statuses.get("nginx-down").state()).isEqualTo("down");
        assertThat(statuses.get("nginx-paused").state()).isEqualTo("maintenance");
        assertThat(statuses.get("hang-1").state()).isEqualTo("down");
        assertThat(statuses.get("hang-1").last().orElseThrow().result().failure())
            .isEqualTo("timeout");
        Thread.sleep(3000); // the rounds settle and reach the database
        daemon.evaluateSlosNow();
        Map<String, SloBoard.Report> slos =
            state.slos().stream().collect(Collectors.toMap(SloBoard.Report::name, r -> r));
        assertThat(slos.get("nginx-down").status().firing()).contains(BurnAlert.FAST);
        assertThat(slos.get("nginx-ok").status().firing()).isEmpty();
        assertThat(slos.get("nginx-ok").status().availability()).contains(1.0);
        assertThat(slos.get("nginx-paused").status().availability())
            .as("maintenance is left out of availability")
            .isEmpty();
        assertThat(slos.get("nginx-paused").status().silenced()).isTrue();
        assertThat(slos.get("endpoints").group()).isTrue();
        assertThat(slos.get("endpoints").monitors()).hasSize(4 + HANGING);
      } finally {
        daemon.close();
        ran = Duration.ofNanos(System.nanoTime() - startNanos);
      }
      try (HistoryStore history = HistoryStore.openDefault(dir)) {
        var probes = history.probes();
        Instant end = Instant.now().plusSeconds(60);
        Availability flaky = probes.availability("flaky", Duration.ofDays(1), end);
        int served = targets.flakyOk.get() + targets.flakyFailed.get();
        // the assessment probed it once more; a probe cut off at shutdown may be served, not kept
        assertThat(flaky.probes()).isBetween((long) served - 2, (long) served - 1);
        assertThat(flaky.failures())
            .isBetween((long) targets.flakyFailed.get() - 2, (long) targets.flakyFailed.get());
        assertThat(flaky.failures()).isGreaterThan(0);
        assertThat(probes.availability("nginx-ok", Duration.ofDays(1), end).ratio()).contains(1.0);
        assertThat(probes.availability("nginx-down", Duration.ofDays(1), end).ratio())
            .contains(0.0);
        long ok = probes.availability("nginx-ok", Duration.ofDays(1), end).probes();
        long expected = ran.toSeconds();
        assertThat(ok)
            .as(
                "%d monitors hanging %d ms each did not hold nginx-ok back (a serial prober"
                    + " would get about %d probes in)",
                HANGING, 800, expected * 1000 / (HANGING * 800))
            .isGreaterThanOrEqualTo(expected * 4 / 10);
        List<ProbeSample> hang = probes.results("hang-3", started.minusSeconds(5), end);
        assertThat(hang).isNotEmpty().allMatch(s -> !s.ok() && !s.unknown());
        assertThat(probes.maintenance(Instant.EPOCH))
            .extracting(MaintenanceWindow::reason)
            .containsExactly("later");
      }
    } finally {
      hook.stop(0);
    }
    List<JsonNode> probeAlerts = new ArrayList<>();
    for (String body : hooks) {
      JsonNode alert = Json.mapper().readTree(body);
      if (alert.get("alert").asText().equals("ProbeFailing")) {
        probeAlerts.add(alert);
      }
    }
    assertThat(probeAlerts).allMatch(a -> a.get("status").asText().equals("firing"));
    Map<String, List<JsonNode>> byRoute =
        probeAlerts.stream().collect(Collectors.groupingBy(a -> a.get("route").asText()));
    assertThat(byRoute).doesNotContainKeys("nginx-ok", "flaky");
    assertThat(byRoute).as("silenced by maintenance").doesNotContainKey("nginx-paused");
    assertThat(byRoute.get("nginx-down"))
        .as("told once, no flapping")
        .hasSize(1)
        .allMatch(a -> a.get("message").asText().equals("nginx-down DOWN status 5xx"));
    for (int i = 1; i <= HANGING; i++) {
      assertThat(byRoute.get("hang-" + i)).hasSize(1);
    }
    assertThat(hooks).anyMatch(h -> h.contains("SloFastBurn"));
    String logged = logBytes.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("stopped; history closed");
    assertThat(gotifyKeys).as("the token went where it belongs").contains(GOTIFY_TOKEN);
    assertThat(logged).contains("notification to gotify").contains("HTTP 500");
    assertNowhere(GOTIFY_TOKEN, logged);
  }

  /** The planted secret is in no output: log, reports, evidence, the history database. */
  private void assertNowhere(String secret, String logged) throws Exception {
    assertThat(logged).doesNotContain(secret);
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.getFileName().toString().equals("gotify.token")) {
          continue;
        }
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content)
            .as("%s holds the secret", file)
            .doesNotContain(new String(needle, StandardCharsets.ISO_8859_1));
      }
    }
  }

  private static void endpoint(StringBuilder yaml, String name, String url) {
    yaml.append("  - { name: ").append(name).append(", url: \"").append(url).append("\" }\n");
  }
}
