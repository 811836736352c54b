package dev.opsgrade.collect.loki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.LogsPerHostCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Loki collector against a local server answering query_range in the shape of Loki's HTTP API
 * reference (fixtures/loki), at a fixed clock so log ages are exact.
 */
class LokiCollectorTest {
  static final Instant NOW = Instant.parse("2025-11-26T12:00:10Z");
  @TempDir Path dir;
  final FixtureServer loki = new FixtureServer();

  @AfterEach
  void stop() {
    loki.close();
  }

  @Test
  void aHostWithARecentLinePassesAndASilentOneFails() {
    answer(
        Map.of(
            "master",
            ok("loki/query-range-streams.json"),
            "lady",
            ok("loki/query-range-old-line.json")));

    Evidence evidence = collect(loki.url());

    LokiHostLogs master = logs(evidence, "master");
    assertThat(master.newestLine()).contains(Instant.parse("2025-11-26T11:59:57Z"));
    assertThat(master.streams()).isEqualTo(2);
    assertThat(master.selector()).isEqualTo("{host=\"master\"}");
    Map<String, Finding> findings = judge(evidence);
    assertThat(findings.get("master").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("master").message()).contains("13 s old");
    assertThat(findings.get("lady").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("lady").message()).contains("3 h 12 min old", "15 min");
    assertThat(findings.get("lady").fix()).hasValueSatisfying(f -> assertThat(f).contains("lady"));
  }

  @Test
  void eachQueryAsksForTheNewestLineOfOneHostOverTwiceTheMaxSilence() {
    answer(
        Map.of(
            "master",
            ok("loki/query-range-empty.json"),
            "lady",
            ok("loki/query-range-empty.json")));

    collect(loki.url());

    FixtureServer.Request first = loki.requests().getFirst();
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.query())
        .containsEntry("query", "{host=\"master\"}")
        .containsEntry("limit", "1")
        .containsEntry("direction", "backward")
        .containsEntry("end", "1764158410000000000")
        .containsEntry("start", "1764156610000000000");
  }

  @Test
  void noLineInTheWindowFails() {
    answer(
        Map.of(
            "master",
            ok("loki/query-range-empty.json"),
            "lady",
            ok("loki/query-range-empty.json")));

    Finding lady = judge(collect(loki.url())).get("lady");

    assertThat(lady.status()).isEqualTo(Status.FAIL);
    assertThat(lady.message())
        .isEqualTo("no log line with {host=\"lady\"} in the last 30 min (max silence 15 min)");
  }

  @Test
  void aQueryErrorForOneHostLeavesThatHostUnverified() {
    answer(
        Map.of(
            "master", ok("loki/query-range-streams.json"),
            "lady", Response.text(400, FixtureServer.Fixtures.read("loki/error-parse.txt"))));

    Evidence evidence = collect(loki.url());

    Map<String, Finding> findings = judge(evidence);
    assertThat(findings.get("master").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("lady").status()).isEqualTo(Status.UNVERIFIED);
    assertThat(findings.get("lady").message()).contains("HTTP 400", "parse error", loki.url());
  }

  @Test
  void downUnauthorizedOrGarbageIsUnverifiedWithTheUrlAndTheReason() {
    String closed = "http://127.0.0.1:" + FreePort.pick();
    assertUnverified(collect(closed), closed, "cannot connect");

    answer(
        Map.of(
            "master",
            Response.json(401, "{\"message\":\"unauthorized\"}"),
            "lady",
            Response.json(401, "{}")));
    assertUnverified(collect(loki.url()), loki.url(), "HTTP 401");

    answer(
        Map.of(
            "master",
            Response.json(200, "<html>login</html>"),
            "lady",
            Response.json(200, "{\"status\":")));
    assertUnverified(collect(loki.url()), loki.url(), "not JSON");

    answer(
        Map.of(
            "master",
            ok("loki/query-range-matrix.json"),
            "lady",
            ok("loki/query-range-matrix.json")));
    assertUnverified(collect(loki.url()), loki.url(), "expected resultType streams");
  }

  private static void assertUnverified(Evidence evidence, String url, String reason) {
    assertThat(evidence.runs("loki")).allMatch(r -> r.outcome() == CollectorRun.Outcome.FAILED);
    assertThat(evidence.runs("loki"))
        .allMatch(r -> r.detail().contains(url) && r.detail().contains(reason));
    Finding finding = Collect.judge(new LogsPerHostCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains(url, reason);
  }

  private void answer(Map<String, Response> byHost) {
    loki.route(
        "/loki/api/v1/query_range",
        request ->
            byHost.entrySet().stream()
                .filter(
                    e ->
                        request
                            .query()
                            .getOrDefault("query", "")
                            .contains("\"" + e.getKey() + "\""))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Response.text(400, "no such host")));
  }

  private static Response ok(String fixture) {
    return Response.json(200, FixtureServer.Fixtures.read(fixture));
  }

  private Evidence collect(String url) {
    MonitoringSpec.Loki spec = new MonitoringSpec.Loki(url, "host", Duration.ofMinutes(15));
    return Collect.run(
        new LokiCollector(),
        TestInventories.with(TestInventories.loki(spec)),
        TestInventories.context(dir, Map.of(), false, Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private static LokiHostLogs logs(Evidence evidence, String host) {
    return evidence.all(LokiHostLogs.class).stream()
        .map(v -> v.data())
        .filter(l -> l.host().equals(host))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Finding> judge(Evidence evidence) {
    List<Finding> findings = Collect.judge(new LogsPerHostCheck(), evidence);
    return findings.stream().collect(Collectors.toMap(Finding::subject, Function.identity()));
  }
}
