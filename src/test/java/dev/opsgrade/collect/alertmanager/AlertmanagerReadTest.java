package dev.opsgrade.collect.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.AlertDeliveryCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Reading Alertmanager without the test alert: a recorded v0.27 status answer, served by a local
 * server that also proves only GETs were sent; and an Alertmanager that is down, refuses us, or
 * answers garbage.
 */
class AlertmanagerReadTest {
  @TempDir Path dir;
  final FixtureServer server =
      new FixtureServer()
          .file("/api/v2/status", "alertmanager/api-v2-status-v0.27.0.json")
          .json(
              "/api/v2/receivers",
              200,
              "[{\"name\":\"default\"},{\"name\":\"by-cluster-service\"},{\"name\":\"by-name\"}]");

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void statusAndReceiversAreReadWithGetsOnly() {
    Evidence evidence = collect(server.url(), false);

    assertThat(server.requests()).extracting(FixtureServer.Request::method).containsOnly("GET");
    AlertmanagerStatus status = evidence.all(AlertmanagerStatus.class).getFirst().data();
    assertThat(status.version()).contains("0.27.0");
    assertThat(status.clusterStatus()).isEqualTo("ready");
    assertThat(status.peers()).isEqualTo(1);
    assertThat(status.receivers())
        .extracting(AlertmanagerStatus.Receiver::name, AlertmanagerStatus.Receiver::silent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("default", true),
            org.assertj.core.groups.Tuple.tuple("by-cluster-service", true),
            org.assertj.core.groups.Tuple.tuple("by-name", true));
  }

  @Test
  void testAlertTrueInTheInventoryAloneIsEnoughToSend() {
    server.route(
        "/api/v2/alerts", request -> Response.json(400, "{\"message\":\"refused by test\"}"));

    Evidence evidence = collect(server.url(), true);

    assertThat(server.requests()).extracting(FixtureServer.Request::method).contains("POST");
    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.NOT_SENT);
    assertThat(test.reason()).contains("Alertmanager refused the test alert", "HTTP 400");
  }

  @Test
  void aSilencedTestAlertIsNotDeliveredAndTheSilenceIsNamed() {
    JsonNode groups =
        Json.mapper()
            .readTree(
                FixtureServer.Fixtures.read("alertmanager/api-v2-alerts-groups-v0.31.0.json"));
    JsonNode silenced = groups.get(1).path("alerts").get(0);
    server.route(
        "/api/v2/alerts",
        request ->
            request.method().equals("POST")
                ? Response.json(200, "")
                : Response.json(200, "[" + silenced + "]"));

    Evidence evidence = collect(server.url(), true);

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.NOT_DELIVERED);
    assertThat(test.routedTo()).containsExactly("by-cluster-service", "by-name");
    assertThat(test.reason())
        .isEqualTo(
            "Alertmanager holds it as state suppressed, receivers by-cluster-service, by-name,"
                + " silenced by 810ccf7f-c957-474a-b383-7e76d66a4d3b, so it notifies nobody");
    assertThat(test.timeline().get(1).at())
        .isEqualTo(java.time.Instant.parse("2026-03-11T12:49:18.427Z"));
    assertThat(Collect.judge(new AlertDeliveryCheck(), evidence).getFirst().fix())
        .hasValueSatisfying(f -> assertThat(f).contains("by-cluster-service", "notifies nobody"));
  }

  @Test
  void downUnauthorizedOrGarbageIsUnverifiedWithTheUrlAndTheReason() {
    String closed = "http://127.0.0.1:" + FreePort.pick();
    assertUnverified(collect(closed, true), closed + "/api/v2/status", "cannot connect");

    server.json("/api/v2/status", 401, "{\"message\":\"Unauthorized\"}");
    server.json("/api/v2/receivers", 401, "{\"message\":\"Unauthorized\"}");
    assertUnverified(collect(server.url(), false), server.url() + "/api/v2/status", "HTTP 401");

    server.route(
        "/api/v2/status", r -> Response.text(200, "<html><body>Authelia login</body></html>"));
    Evidence garbage = collect(server.url(), false);
    assertThat(garbage.runs("alertmanager"))
        .anyMatch(
            r -> r.outcome() == CollectorRun.Outcome.FAILED && r.detail().contains("not JSON"));
    assertThat(garbage.all(AlertmanagerStatus.class)).isEmpty();
  }

  private static void assertUnverified(Evidence evidence, String url, String reason) {
    assertThat(evidence.runs("alertmanager"))
        .anyMatch(
            r ->
                r.outcome() == CollectorRun.Outcome.FAILED
                    && r.detail().contains(url)
                    && r.detail().contains(reason));
    List<Finding> findings = Collect.judge(new AlertDeliveryCheck(), evidence);
    if (evidence.all(TestAlertDelivery.class).isEmpty()) {
      assertThat(findings.getFirst().message()).contains(url, reason);
    }
    assertThat(findings.getFirst().status()).isEqualTo(Status.UNVERIFIED);
  }

  private Evidence collect(String url, boolean testAlertInInventory) {
    MonitoringSpec.Delivery delivery =
        new MonitoringSpec.Delivery(
            Optional.of("127.0.0.1:" + FreePort.pick()), Optional.empty(), Optional.empty());
    return Collect.run(
        new AlertmanagerCollector(Duration.ofSeconds(3)),
        TestInventories.with(
            TestInventories.alertmanager(
                new MonitoringSpec.Alertmanager(url, testAlertInInventory, Optional.of(delivery)))),
        TestInventories.context(dir, Map.of(), false));
  }
}
