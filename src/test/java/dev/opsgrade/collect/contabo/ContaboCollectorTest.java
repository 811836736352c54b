package dev.opsgrade.collect.contabo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.backup.SnapshotAgeCheck;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.snapshots.HostSnapshots;
import dev.opsgrade.collect.snapshots.SnapshotCreation;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.HostileServers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Contabo collector against a local server answering in the shapes of Contabo's API reference
 * (fixtures/contabo), with bak.snapshot-age judging what it read.
 */
class ContaboCollectorTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  @TempDir Path dir;
  final SteppingClock clock = new SteppingClock(NOW);
  final ContaboServer server = new ContaboServer(clock);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void newestSnapshotOfEveryHostAcrossPagesAndItsAge() {
    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    Map<String, HostSnapshots> hosts = hosts(evidence);
    assertThat(hosts.get("master").newest().orElseThrow().name()).isEqualTo("nightly-master");
    assertThat(hosts.get("master").newestAgeSeconds())
        .hasValue(Duration.ofMinutes(750).toSeconds());
    assertThat(hosts.get("master").instanceName()).hasValue("master");
    assertThat(hosts.get("lady").count()).isEqualTo(2);
    assertThat(hosts.get("lady").newest().orElseThrow().name()).isEqualTo("lady-weekly");
    assertThat(hosts.get("spare").count()).isZero();
    assertThat(hosts.get("spare").instanceStatus()).hasValue("stopped");

    Map<String, Finding> findings = judge(evidence);
    assertThat(findings.get("host master").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("host master").message())
        .contains("'nightly-master'", "12 h 30 min old", "maximum 1 d 2 h");
    assertThat(findings.get("host lady").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("host lady").message()).contains("3 d 12 h old");
    assertThat(findings.get("host spare").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("host spare").message()).contains("no provider snapshot");

    List<FixtureServer.Request> api = apiRequests();
    assertThat(api).allMatch(r -> r.method().equals("GET"), "read-only without the flag");
    assertThat(api).allMatch(r -> r.header("Authorization").startsWith("Bearer tok-"));
    assertThat(api.stream().map(r -> UUID.fromString(r.header("x-request-id"))).distinct())
        .hasSize(api.size());
    assertThat(api)
        .filteredOn(r -> r.path().equals("/v1/compute/instances"))
        .extracting(r -> r.query().get("page"))
        .containsExactly("1", "2");
    assertThat(server.tokensIssued).hasValue(1);
    assertNoSecretIn(evidence);
  }

  @Test
  void aTokenPastItsLifetimeIsRenewedBeforeItIsSent() {
    server.lifetime(Duration.ofMinutes(5)).advancePerSnapshotRead(Duration.ofMinutes(10));

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    assertThat(hosts(evidence).values()).allMatch(h -> h.problem().isEmpty());
    assertThat(server.tokensIssued.get()).isGreaterThanOrEqualTo(2);
    assertThat(server.refused).hasValue(0);
    assertNoSecretIn(evidence);
  }

  @Test
  void aTokenRevokedEarlyIsReplacedOnceAndTheRequestRepeated() {
    AtomicBoolean revoked = new AtomicBoolean();
    server.override(
        "/v1/compute/instances",
        r -> {
          if (revoked.compareAndSet(false, true)) {
            server.revokeAll();
          }
          return ContaboServer.paged(r, "instances-page-");
        });

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    assertThat(hosts(evidence).values()).allMatch(h -> h.problem().isEmpty());
    assertThat(server.refused).hasValue(1);
    assertThat(server.tokensIssued).hasValue(2);
  }

  @Test
  void aWrongClientSecretIsEvidenceForEveryHostNotACrash() {
    Map<String, String> env = new HashMap<>(ContaboEstate.ENVIRONMENT);
    env.put("CONTABO_SECRET", "cs-wrong-but-also-secret");

    Evidence evidence = collect(env, Optional.empty());

    assertThat(hosts(evidence).values())
        .hasSize(3)
        .allSatisfy(
            h ->
                assertThat(h.problem().orElseThrow())
                    .contains("refused the credentials (HTTP 401: unauthorized_client"));
    assertThat(judge(evidence).values()).allMatch(f -> f.status() == Status.UNVERIFIED);
    assertThat(apiRequests()).isEmpty();
    assertThat(Json.write(evidence.bundle())).doesNotContain("cs-wrong-but-also-secret");
    assertNoSecretIn(evidence);
  }

  @Test
  void anApiThatRefusesEvenAFreshTokenIsEvidence() {
    server.override(
        ContaboServer.snapshots("12345"),
        r -> Response.json(401, FixtureServer.Fixtures.read("contabo/error-401.json")));

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    assertThat(hosts(evidence).get("master").problem().orElseThrow())
        .contains("refused the token, also a fresh one (HTTP 401: Unauthorized)");
    assertThat(judge(evidence).get("host master").status()).isEqualTo(Status.UNVERIFIED);
    assertThat(judge(evidence).get("host lady").status()).isEqualTo(Status.FAIL);
    assertNoSecretIn(evidence);
  }

  @Test
  void serverErrorsAndGarbageAreEvidencePerHost() {
    server.override(
        ContaboServer.snapshots("23456"),
        r -> new Response(502, "text/html", "<html>502 Bad Gateway</html>".getBytes(), Map.of()));
    server.override(
        ContaboServer.snapshots("34567"), r -> Response.json(200, "{\"data\": [ {\"snap"));
    server.override(
        ContaboServer.snapshots("12345"),
        r -> Response.json(200, "{\"data\": [], \"_pagination\": \"\"}"));

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    Map<String, HostSnapshots> hosts = hosts(evidence);
    assertThat(hosts.get("lady").problem().orElseThrow()).contains("HTTP 502", "Bad Gateway");
    assertThat(hosts.get("spare").problem().orElseThrow()).contains("not JSON");
    assertThat(hosts.get("master").problem().orElseThrow())
        .contains("_pagination is not an object");
    assertThat(judge(evidence).values()).allMatch(f -> f.status() == Status.UNVERIFIED);
  }

  @Test
  void anApiThatNeverAnswersTimesOut() {
    try (HostileServers hostile = new HostileServers()) {
      int port = hostile.silent();
      Inventory inventory = ContaboEstate.inventory("http://127.0.0.1:" + port, server.authUrl());
      CollectContext context =
          new CollectContext(
              dir,
              clock,
              Duration.ofMillis(500),
              ContaboEstate.ENVIRONMENT,
              CollectContext.Options.readOnly());

      Evidence evidence = Collect.run(new ContaboCollector(), inventory, context);

      assertThat(hosts(evidence).values())
          .allSatisfy(h -> assertThat(h.problem().orElseThrow()).contains("within"));
      assertThat(evidence.runs("contabo"))
          .anyMatch(r -> r.outcome() == CollectorRun.Outcome.TIMED_OUT);
    }
  }

  @Test
  void aBodyPastTheCapIsAbandoned() {
    try (HostileServers hostile = new HostileServers()) {
      int port = hostile.huge();

      Evidence evidence =
          Collect.run(
              new ContaboCollector(),
              ContaboEstate.inventory("http://127.0.0.1:" + port, server.authUrl()),
              ContaboEstate.context(dir, clock, ContaboEstate.ENVIRONMENT, Optional.empty()));

      assertThat(hosts(evidence).values())
          .hasSize(3)
          .allSatisfy(h -> assertThat(h.problem().orElseThrow()).contains("body larger than"));
    }
  }

  @Test
  void anInstanceTheAccountDoesNotHaveIsSaid() {
    server.override(
        "/v1/compute/instances",
        r ->
            r.query().getOrDefault("page", "1").equals("1")
                ? ContaboServer.paged(r, "instances-page-")
                : Response.json(
                    200,
                    "{\"_pagination\": {\"size\": 2, \"totalElements\": 2, \"totalPages\": 2,"
                        + " \"page\": 2}, \"data\": [], \"_links\": {}}"));

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.empty());

    assertThat(hosts(evidence).get("spare").problem())
        .hasValue("instance 34567 is not among the 2 instances of the account");
    assertThat(server.http.requests())
        .noneMatch(r -> r.path().equals(ContaboServer.snapshots("34567")));
  }

  @Test
  void createSnapshotTakesOneAndWaitsUntilItIsListed() {
    server.pendingPolls(2);

    Evidence evidence = collect(ContaboEstate.ENVIRONMENT, Optional.of("master"));

    SnapshotCreation creation =
        evidence.all(SnapshotCreation.class).stream().findFirst().orElseThrow().data();
    assertThat(creation.outcome()).isEqualTo(SnapshotCreation.Outcome.COMPLETE);
    assertThat(creation.instance()).isEqualTo("12345");
    assertThat(creation.completedAt()).isPresent();
    assertThat(server.created)
        .singleElement()
        .satisfies(
            body -> {
              var request = Json.mapper().readTree(body);
              assertThat(request.path("name").asString()).isEqualTo("opsgrade-20261125-120000");
              assertThat(request.path("description").asString())
                  .isEqualTo("taken by opsgrade assess --create-snapshot master");
            });
    long polls =
        server.http.requests().stream()
            .filter(r -> r.path().startsWith(ContaboServer.snapshots("12345") + "/"))
            .count();
    assertThat(polls).isEqualTo(3);
    assertThat(apiRequests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    assertNoSecretIn(evidence);
  }

  @Test
  void aSnapshotNeverListedIsNotCompleteByTheDeadline() {
    server.pendingPolls(Integer.MAX_VALUE);
    CollectContext context =
        ContaboEstate.context(dir, clock, ContaboEstate.ENVIRONMENT, Optional.of("master"));
    CollectionRunner runner =
        new CollectionRunner(List.of(new ContaboCollector()), event -> {}, Duration.ofSeconds(8));

    Evidence evidence =
        new Evidence(
            runner.collect(
                ContaboEstate.inventory(server.apiUrl(), server.authUrl()), context, "test"));

    SnapshotCreation creation =
        evidence.all(SnapshotCreation.class).stream().findFirst().orElseThrow().data();
    assertThat(creation.outcome()).isEqualTo(SnapshotCreation.Outcome.NOT_COMPLETE);
    assertThat(creation.detail()).contains("not listed as taken within 6 s");
    assertThat(judge(evidence).get("snapshot requested for master").status())
        .isEqualTo(Status.WARN);
  }

  @Test
  void withoutAnApiUserNoTokenIsAskedFor() {
    Map<String, String> env = new HashMap<>(ContaboEstate.ENVIRONMENT);
    env.remove("CONTABO_PASSWORD");

    Evidence evidence = collect(env, Optional.empty());

    assertThat(hosts(evidence).get("master").problem().orElseThrow())
        .contains("backup.contabo.api_password", "CONTABO_PASSWORD");
    assertThat(server.http.requests()).isEmpty();
  }

  private Evidence collect(Map<String, String> env, Optional<String> createSnapshot) {
    return Collect.run(
        new ContaboCollector(),
        ContaboEstate.inventory(server.apiUrl(), server.authUrl()),
        ContaboEstate.context(dir, clock, env, createSnapshot));
  }

  private List<FixtureServer.Request> apiRequests() {
    return server.http.requests().stream().filter(r -> r.path().startsWith("/v1/")).toList();
  }

  private static Map<String, HostSnapshots> hosts(Evidence evidence) {
    return evidence.all(HostSnapshots.class).stream()
        .collect(Collectors.toMap(f -> f.data().host(), f -> f.data()));
  }

  private static Map<String, Finding> judge(Evidence evidence) {
    return Collect.judge(new SnapshotAgeCheck(), evidence).stream()
        .collect(Collectors.toMap(Finding::subject, Function.identity()));
  }

  private void assertNoSecretIn(Evidence evidence) {
    String everything =
        Json.write(evidence.bundle()) + Json.write(Collect.judge(new SnapshotAgeCheck(), evidence));
    assertThat(everything)
        .doesNotContain(ContaboServer.CLIENT_SECRET)
        .doesNotContain(ContaboServer.API_PASSWORD);
    for (String token : server.issued) {
      assertThat(everything).doesNotContain(token);
    }
  }
}
