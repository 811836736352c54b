package dev.opsgrade.collect.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.KeyAlertsCheck;
import dev.opsgrade.check.monitoring.RetentionCheck;
import dev.opsgrade.check.monitoring.RulesHealthyCheck;
import dev.opsgrade.check.monitoring.TargetsUpCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers of Prometheus's API documentation (fixtures/prometheus) read by the collector, and a
 * Prometheus that is down, refuses us, answers garbage or an error envelope.
 */
class PrometheusAnswersTest {
  @TempDir Path dir;
  final FixtureServer server =
      new FixtureServer()
          .file("/api/v1/targets", "prometheus/api-v1-targets.json")
          .file("/api/v1/rules", "prometheus/api-v1-rules.json")
          .file("/api/v1/alerts", "prometheus/api-v1-alerts.json")
          .file("/api/v1/status/buildinfo", "prometheus/api-v1-status-buildinfo.json")
          .file("/api/v1/status/flags", "prometheus/api-v1-status-flags.json")
          .file("/api/v1/status/runtimeinfo", "prometheus/api-v1-status-runtimeinfo.json");

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theDocumentedAnswersBecomeFacts() {
    Evidence evidence = collect(server.url());

    PrometheusTarget target = evidence.all(PrometheusTarget.class).getFirst().data();
    assertThat(target.subject()).isEqualTo("prometheus/127.0.0.1:9090");
    assertThat(target.lastScrape()).contains(Instant.parse("2017-01-17T14:07:44.723715405Z"));
    assertThat(evidence.all(PrometheusDroppedTargets.class).getFirst().data().byJob())
        .containsEntry("node", 1);
    PrometheusRuleGroup group = evidence.all(PrometheusRuleGroup.class).getFirst().data();
    assertThat(group.rules())
        .extracting(PrometheusRuleGroup.Rule::type)
        .containsExactly("alerting", "recording");
    assertThat(evidence.all(PrometheusAlert.class).getFirst().data().state()).isEqualTo("firing");
    PrometheusServer server = evidence.all(PrometheusServer.class).getFirst().data();
    assertThat(server.version()).contains("2.13.1");
    assertThat(server.storageRetention()).contains("15d");
    assertThat(Collect.judge(new RetentionCheck(), evidence).getFirst().status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void anErrorEnvelopeIsAFailureNamingPrometheusError() {
    server.file("/api/v1/targets", "prometheus/api-v1-error-tsdb-not-ready.json");

    Evidence evidence = collect(server.url());

    Finding finding = Collect.judge(new TargetsUpCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message())
        .isEqualTo(
            "no evidence: the prometheus collector could not read it: "
                + server.url()
                + "/api/v1/targets: Prometheus answered an error: internal: TSDB not ready");
    assertThat(Collect.judge(new RulesHealthyCheck(), evidence).getFirst().status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void downUnauthorizedOrGarbageLeavesEveryCheckUnverified() {
    String closed = "http://127.0.0.1:" + FreePort.pick();
    Evidence down = collect(closed);
    assertThat(down.runs("prometheus")).allMatch(r -> r.outcome() == CollectorRun.Outcome.FAILED);
    assertThat(down.runs("prometheus"))
        .filteredOn(r -> r.target().endsWith("/api/v1/targets"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.detail())
                    .startsWith(
                        "not read: " + closed + "/api/v1/status/buildinfo: cannot connect"));
    assertUnverified(down, closed, "cannot connect");

    for (String path :
        List.of(
            "/api/v1/targets",
            "/api/v1/rules",
            "/api/v1/status/flags",
            "/api/v1/status/runtimeinfo",
            "/api/v1/status/buildinfo")) {
      server.json(path, 401, "Unauthorized");
    }
    assertUnverified(collect(server.url()), server.url(), "HTTP 401");

    for (String path :
        List.of(
            "/api/v1/targets",
            "/api/v1/rules",
            "/api/v1/status/flags",
            "/api/v1/status/runtimeinfo",
            "/api/v1/status/buildinfo")) {
      server.route(path, r -> Response.text(200, "<html>Authelia</html>"));
    }
    assertUnverified(collect(server.url()), server.url(), "not JSON");
  }

  private static void assertUnverified(Evidence evidence, String url, String reason) {
    for (var check :
        List.of(
            new TargetsUpCheck(),
            new RulesHealthyCheck(),
            new KeyAlertsCheck(),
            new RetentionCheck())) {
      Finding finding = Collect.judge(check, evidence).getFirst();
      assertThat(finding.status()).as(check.id()).isEqualTo(Status.UNVERIFIED);
      assertThat(finding.message()).as(check.id()).contains(url, reason);
    }
  }

  private Evidence collect(String url) {
    return Collect.run(
        new PrometheusCollector(),
        TestInventories.with(TestInventories.prometheus(url, List.of("InstanceDown"))),
        TestInventories.context(dir, Map.of(), false));
  }
}
