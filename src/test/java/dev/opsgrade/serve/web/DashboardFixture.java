package dev.opsgrade.serve.web;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;

import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.score.EstateBuilder;
import dev.opsgrade.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dashboard over real data: the homelab corpus with an opsgrade.yaml loaded by the real loader,
 * two assessments scored by the real scorer and recorded in a SQLite history, and probe samples
 * written through the ProbeStore. Hostile markup is planted in every name the pages show.
 */
final class DashboardFixture implements AutoCloseable {
  static final String PASSWORD = "pw-Zq8!vT3#planted-dashboard-secret";
  static final String METRICS_TOKEN = "mt-planted-9c1f4e7a2b6d8e0f3a5c";

  /** A proxy route whose badge serve.public_badges makes public. */
  static final String PUBLIC_ROUTE = "grafana@docker";

  static final String HOSTILE_ROUTE = "<img src=x onerror=alert(1)>wiki@docker";
  static final String HOSTILE_ENDPOINT = "<script>alert('ep')</script>";
  static final String HOSTILE_PHASE = "<b onmouseover=alert(3)>Critical</b> fixes";
  static final String HOSTILE_SUBJECT = "<svg onload=alert(4)>grafana";
  static final String HOSTILE_MESSAGE = "no auth <iframe src=//evil>";
  static final String HOSTILE_CLAIM = "Uptime is <script>alert(5)</script> 100%";
  static final String HOSTILE_LABEL = "traefik.http.routers.<u>x</u>.rule";
  static final List<String> HOSTILE =
      List.of(
          HOSTILE_ROUTE,
          HOSTILE_ENDPOINT,
          HOSTILE_PHASE,
          HOSTILE_SUBJECT,
          HOSTILE_MESSAGE,
          HOSTILE_CLAIM,
          HOSTILE_LABEL);

  final Path dir;
  final Inventory inventory;
  final HistoryStore history;
  final SimpleServeStatus status;
  final DashboardServer server;
  final List<String> assessmentsRequested = new ArrayList<>();

  DashboardFixture(Path temp) throws IOException {
    dir = Corpus.copy(temp);
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve("secrets/dashboard-password"), PASSWORD + "\n");
    Files.writeString(dir.resolve("opsgrade.yaml"), yaml(FreePort.next()));
    Map<String, String> env = Map.of("OPSGRADE_METRICS_TOKEN", METRICS_TOKEN);
    inventory = InventoryLoader.load(dir.resolve("opsgrade.yaml"), env);
    history = InventoryHistory.open(inventory, dir, InventoryHistory.secrets(env, dir));
    Instant now = Instant.now();
    assess(now.minus(Duration.ofDays(2)), false);
    assess(now.minus(Duration.ofHours(1)), true);
    probes(now);
    status =
        new SimpleServeStatus(
            List.of(),
            () -> {
              assessmentsRequested.add("now");
              return true;
            });
    status.ready(true);
    status.probeRoundFinished(now);
    server =
        new DashboardServer(DashboardSetup.standard(inventory, dir, history, status, env, "test"))
            .start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String yaml(int port) {
    return """
        name: homelab
        endpoints:
          - { name: status-page, url: "http://127.0.0.1:9/status", public: true }
          - { name: "%s", url: "http://127.0.0.1:9/x" }
          - { name: secret-admin, url: "http://127.0.0.1:9/admin" }
        phases:
          - id: "2A"
            name: "%s"
            folder: phases/PHASE-2A
            criteria: [avail.route-status, sec.auth-coverage]
            deliverables: [SERVICE_HEALTH_REPORT, SECURITY_AUDIT]
        serve:
          listen: 127.0.0.1:%d
          password_file: secrets/dashboard-password
          metrics_token: ${OPSGRADE_METRICS_TOKEN}
          public_badges: [grafana@docker]
        """
        .formatted(HOSTILE_ENDPOINT, HOSTILE_PHASE, port);
  }

  private void assess(Instant at, boolean fixed) {
    EstateBuilder estate =
        new EstateBuilder()
            .pass(
                "avail.route-status",
                HOSTILE_ROUTE,
                "200 in 3 of 3",
                url("https://wiki.example.net"))
            .pass("sec.auth-coverage", HOSTILE_SUBJECT, "forwardAuth", file(HOSTILE_LABEL, 3))
            .claim(
                new Claim(
                    ".docs/README.md",
                    4,
                    HOSTILE_CLAIM,
                    "100%",
                    Optional.of("99.2% <measured>"),
                    Claim.Verdict.CONTRADICTS,
                    Optional.empty()));
    if (!fixed) {
      estate.fail(
          "sec.auth-coverage",
          "wiki-admin@file",
          HOSTILE_MESSAGE,
          file("rules/wiki.yml", 7),
          "add authelia");
    } else {
      estate.warn("avail.latency", HOSTILE_ROUTE, HOSTILE_MESSAGE, url("https://wiki.example.net"));
    }
    history.record(estate.assess("dashboard-" + fixed, at), at.plusSeconds(5));
  }

  /**
   * A day of probes every 10 minutes: the hostile route fails one in four, status-page and the
   * public route never.
   */
  private void probes(Instant now) {
    List<ProbeSample> samples = new ArrayList<>();
    Instant start = now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    int i = 0;
    for (Instant at = start; at.isBefore(now); at = at.plus(Duration.ofMinutes(10)), i++) {
      samples.add(new ProbeSample("status-page", at, true, 2, 40 + i % 7, ""));
      samples.add(new ProbeSample(PUBLIC_ROUTE, at, true, 2, 60, ""));
      boolean ok = i % 4 != 0;
      samples.add(
          new ProbeSample(HOSTILE_ROUTE, at, ok, ok ? 2 : 5, 120, ok ? "" : "502 <b>bad</b>"));
      history.probes().heartbeat(at);
    }
    history.probes().record(samples);
  }

  @Override
  public void close() {
    server.close();
    history.close();
  }
}
