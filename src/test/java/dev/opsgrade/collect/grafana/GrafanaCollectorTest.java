package dev.opsgrade.collect.grafana;

import static dev.opsgrade.collect.grafana.GrafanaFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.DashboardsCheck;
import dev.opsgrade.check.monitoring.DatasourcesCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import dev.opsgrade.model.inventory.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Grafana collector and checks against recorded Grafana answers served on loopback. */
class GrafanaCollectorTest {
  @TempDir Path dir;
  FixtureServer grafana = GrafanaFixtures.healthy();

  @AfterEach
  void stop() {
    grafana.close();
  }

  @Test
  void dashboardsLoadByUidAndDatasourcesAreHealthChecked() {
    Evidence evidence = collect(grafana.url(), Optional.of(2));

    Map<String, Finding> dashboards = judge(new DashboardsCheck(), evidence);
    assertThat(dashboards.get("grafana").status()).isEqualTo(Status.PASS);
    assertThat(dashboards.get("grafana").message())
        .startsWith("2/2 expected dashboards load")
        .contains("New dashboard Copy", "Test dashboard updated");
    assertThat(dashboards.get("dashboard Test dashboard updated").message())
        .isEqualTo("loads, 2 panels");
    Map<String, Finding> datasources = judge(new DatasourcesCheck(), evidence);
    assertThat(datasources.get("datasource PostgreSQL").status()).isEqualTo(Status.PASS);
    Finding refused = datasources.get("datasource PostgreSQL-1");
    assertThat(refused.status()).isEqualTo(Status.FAIL);
    assertThat(refused.message()).contains("connection refused");
    assertThat(refused.fix()).hasValueSatisfying(f -> assertThat(f).contains("Pa4J0vZnk"));
    assertThat(evidence.all(Measurement.class))
        .singleElement()
        .extracting(m -> m.data().value())
        .isEqualTo("2");
  }

  @Test
  void theTokenGoesOnlyIntoTheAuthorizationHeaderNeverIntoEvidence() {
    Evidence evidence = collect(grafana.url(), Optional.empty());

    assertThat(grafana.requests()).isNotEmpty().allMatch(r -> r.method().equals("GET"));
    assertThat(grafana.requests())
        .allMatch(r -> r.header("Authorization").equals("Bearer " + TOKEN));
    assertThat(Json.write(evidence.bundle()))
        .doesNotContain(TOKEN)
        .doesNotContain("0123456789abcdef");
  }

  @Test
  void fewerDashboardsThanExpectedFail() {
    Finding summary =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.of(7))).get("grafana");

    assertThat(summary.status()).isEqualTo(Status.FAIL);
    assertThat(summary.message())
        .startsWith("2/7 expected dashboards load (found 2, 0 not loading)");

    grafana.json("/api/search", 200, "[]");
    Finding none =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.of(7))).get("grafana");
    assertThat(none.message()).isEqualTo("0/7 expected dashboards load (found 0, 0 not loading)");
  }

  @Test
  void aPanelWhoseDatasourceWasDeletedFailsItsDashboard() {
    grafana.json("/api/datasources", 200, GrafanaFixtures.datasourcesWithoutSecond());

    Finding dashboard =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.of(2)))
            .get("dashboard Test dashboard updated");

    assertThat(dashboard.status()).isEqualTo(Status.FAIL);
    assertThat(dashboard.message())
        .isEqualTo(
            "1 panel datasource(s) missing: panel Panel Random (id 4): datasource PostgreSQL-1 does not exist");
  }

  @Test
  void aDashboardThatDoesNotLoadFails() {
    grafana.json(
        "/api/dashboards/uid/" + GrafanaFixtures.FOLDER_UID,
        500,
        "{\"message\":\"Dashboard version not found\"}");

    Map<String, Finding> findings =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.of(2)));

    assertThat(findings.get("dashboard Test dashboard updated").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("dashboard Test dashboard updated").message())
        .contains("HTTP 500", "Dashboard version not found");
    assertThat(findings.get("grafana").message())
        .startsWith("1/2 expected dashboards load (found 2, 1 not loading)");
  }

  @Test
  void anImportedDashboardNeedsItsDatasourceVariable() {
    grafana.json("/api/search", 200, GrafanaFixtures.traefikHit());
    grafana.json("/api/dashboards/uid/n5bu_kv45", 200, GrafanaFixtures.traefikByUid(true));
    Finding resolved =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.empty()))
            .get("dashboard Traefik Official Standalone Dashboard");
    assertThat(resolved.status()).isEqualTo(Status.PASS);

    grafana.json("/api/dashboards/uid/n5bu_kv45", 200, GrafanaFixtures.traefikByUid(false));
    Finding unresolved =
        judge(new DashboardsCheck(), collect(grafana.url(), Optional.empty()))
            .get("dashboard Traefik Official Standalone Dashboard");
    assertThat(unresolved.status()).isEqualTo(Status.FAIL);
    assertThat(unresolved.message())
        .contains("variable ${DS_PROMETHEUS} is not defined by the dashboard", "Traefik Instances");
  }

  @Test
  void aDatasourceWithoutAHealthCheckIsUnverified() {
    grafana.route(
        "/api/datasources/uid/Pa4J0vZnk/health",
        r ->
            Response.json(
                404,
                FixtureServer.Fixtures.read("grafana/datasource-health-not-implemented.json")));

    Finding finding =
        judge(new DatasourcesCheck(), collect(grafana.url(), Optional.empty()))
            .get("datasource PostgreSQL-1");

    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains("no health check for type postgres", "not implemented");
  }

  @Test
  void downUnauthorizedOrGarbageLeavesBothChecksUnverified() {
    String closed = "http://127.0.0.1:" + FreePort.pick();
    assertUnverified(collect(closed, Optional.of(7)), closed, "cannot connect");

    grafana.requireHeader("Authorization", "Bearer another-token-entirely");
    assertUnverified(collect(grafana.url(), Optional.of(7)), grafana.url(), "HTTP 401");

    grafana.requireHeader("Authorization", "Bearer " + TOKEN);
    grafana.route("/api/search", r -> Response.text(200, "<!doctype html><title>Grafana</title>"));
    grafana.route("/api/datasources", r -> Response.text(200, "{\"id\": 1,"));
    assertUnverified(collect(grafana.url(), Optional.of(7)), grafana.url(), "not JSON");
  }

  @Test
  void anUnreadableTokenIsAFailedRunNamingTheReference() {
    Evidence evidence =
        Collect.run(
            new GrafanaCollector(),
            inventory(grafana.url(), Optional.of(2), SecretRef.file("secrets/grafana-token")),
            TestInventories.context(dir, Map.of(), false));

    assertThat(evidence.runs("grafana"))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(run.detail())
                  .contains("secret file:secrets/grafana-token", "no such file");
            });
    assertThat(grafana.requests()).isEmpty();
    assertThat(judge(new DashboardsCheck(), evidence).get("grafana").status())
        .isEqualTo(Status.UNVERIFIED);
  }

  @Test
  void aTokenFileBesideTheInventoryIsRead() throws Exception {
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve("secrets/grafana-token"), TOKEN + "\n");

    Evidence evidence =
        Collect.run(
            new GrafanaCollector(),
            inventory(grafana.url(), Optional.of(2), SecretRef.file("secrets/grafana-token")),
            TestInventories.context(dir, Map.of(), false));

    assertThat(judge(new DashboardsCheck(), evidence).get("grafana").status())
        .isEqualTo(Status.PASS);
  }

  private static void assertUnverified(Evidence evidence, String url, String reason) {
    for (var check : List.of(new DashboardsCheck(), new DatasourcesCheck())) {
      Finding finding = Collect.judge(check, evidence).getFirst();
      assertThat(finding.status()).as(check.id()).isEqualTo(Status.UNVERIFIED);
      assertThat(finding.message()).as(check.id()).contains(url, reason);
    }
  }

  private Evidence collect(String url, Optional<Integer> expected) {
    return Collect.run(
        new GrafanaCollector(),
        inventory(url, expected, SecretRef.env("GRAFANA_TOKEN")),
        TestInventories.context(dir, Map.of("GRAFANA_TOKEN", TOKEN), false));
  }

  private static dev.opsgrade.model.inventory.Inventory inventory(
      String url, Optional<Integer> expected, SecretRef token) {
    return TestInventories.with(
        TestInventories.grafana(new MonitoringSpec.Grafana(url, Optional.of(token), expected)));
  }

  private static Map<String, Finding> judge(dev.opsgrade.check.Check check, Evidence evidence) {
    return Collect.judge(check, evidence).stream()
        .collect(Collectors.toMap(Finding::subject, Function.identity(), (a, b) -> a));
  }
}
