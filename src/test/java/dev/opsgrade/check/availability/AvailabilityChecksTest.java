package dev.opsgrade.check.availability;

import static dev.opsgrade.collect.http.HttpProbe.Kind.DIRECT;
import static dev.opsgrade.collect.http.HttpProbe.Kind.ROUTE;
import static dev.opsgrade.collect.traefik.ConfigSource.API;
import static dev.opsgrade.collect.traefik.ConfigSource.FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.ProbeFacts;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.testing.TestInventory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The availability checks on exact facts: root causes from the API, partial answers, no evidence.
 */
class AvailabilityChecksTest {

  static List<Finding> run(Check check, ProbeFacts facts) {
    return check.evaluate(facts.evidence(), new Findings(Catalogue.standard().get(check.id())));
  }

  @Test
  void a502NamesTheServiceWithNoServerUp() {
    ProbeFacts facts =
        new ProbeFacts()
            .router("photos@docker", API, "photos.lab", "photos@docker")
            .service("photos@docker", "http://172.18.0.9:2342", "DOWN")
            .probe(
                ROUTE,
                "photos@docker",
                "https://photos.lab/",
                ProbeClass.BAD_GATEWAY,
                502,
                12,
                11,
                10)
            .probe(DIRECT, "photos@docker", "http://172.18.0.9:2342/", ProbeClass.REFUSED, 0, 1);
    Finding finding = run(new RouteStatusCheck(), facts).getFirst();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message())
        .contains("photos@docker: expected 2xx, got bad_gateway in 3 of 3 samples")
        .contains(
            "502 from the proxy: service 'photos@docker' has no server UP (http://172.18.0.9:2342 DOWN)")
        .contains("http://172.18.0.9:2342/ refused: the backend is stopped or unreachable");
  }

  @Test
  void aRouteInTheRulesFilesThatTheProxyDidNotLoadIsNamedAsSuch() {
    ProbeFacts facts =
        new ProbeFacts()
            .router("wiki@docker", API, "wiki.lab", "wiki@docker")
            .router("old@file", FILE, "old.lab", "old@file")
            .probe(ROUTE, "wiki@docker", "https://wiki.lab/", ProbeClass.OK, 200, 40, 41);
    List<Finding> findings = run(new RouteStatusCheck(), facts);
    assertThat(findings)
        .filteredOn(f -> f.subject().equals("old@file"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains("old.lab", "rules/routes.yml", "the running proxy does not list it");
            });
  }

  @Test
  void aProtectedRouteThatAnswers200WithoutAuthIsNotAPass() {
    ProbeFacts facts =
        new ProbeFacts()
            .router("admin@file", FILE, "admin.lab", "admin@file", "authelia@file")
            .middleware(
                "authelia@file",
                FILE,
                "forwardauth",
                List.of(),
                Optional.of("http://authelia:9091/api/authz/forward-auth"))
            .probe(ROUTE, "admin@file", "https://admin.lab/", ProbeClass.OK, 200, 30, 31);
    Finding finding = run(new RouteStatusCheck(), facts).getFirst();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("without auth", "forwardAuth authelia@file");
  }

  @Test
  void aRouteThatFailsSomeSamplesIsAWarning() {
    ProbeFacts facts = new ProbeFacts().router("app@file", FILE, "app.lab", "app@file");
    facts.probe(ROUTE, "app@file", "https://app.lab/", ProbeClass.OK, 200, 30, 31);
    var evidence = facts.evidence();
    var probe = evidence.all(dev.opsgrade.collect.http.HttpProbe.class).getFirst();
    var mixed =
        new dev.opsgrade.collect.http.HttpProbe(
            probe.data().kind(),
            probe.data().host(),
            probe.data().url(),
            probe.data().dialled(),
            probe.data().router(),
            Optional.empty(),
            Optional.empty(),
            ProbeClass.BAD_GATEWAY,
            Optional.of(502),
            List.of(
                new dev.opsgrade.collect.http.HttpProbe.Sample(
                    ProbeClass.OK, Optional.of(200), 30, "200"),
                new dev.opsgrade.collect.http.HttpProbe.Sample(
                    ProbeClass.BAD_GATEWAY, Optional.of(502), 5, "502")),
            Optional.of(30L),
            Optional.of(30L),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "bad_gateway in 1 of 2 samples");
    ProbeFacts flapping = new ProbeFacts().router("app@file", FILE, "app.lab", "app@file");
    Finding finding =
        RouteVerdict.judge(
            new dev.opsgrade.model.FactView<>(probe.fact(), mixed),
            dev.opsgrade.check.routes.Expectation.of(
                mixed,
                dev.opsgrade.check.routes.RouteBook.of(flapping.evidence()),
                evidence.inventory()),
            new dev.opsgrade.check.routes.RootCause(
                evidence,
                dev.opsgrade.check.routes.RouteBook.of(evidence),
                dev.opsgrade.check.routes.Probes.of(evidence)),
            new Findings(Catalogue.standard().get("avail.route-status")));
    assertThat(finding.status()).isEqualTo(Status.WARN);
    assertThat(finding.message()).contains("got bad_gateway in 1 of 2 samples");
  }

  @Test
  void withoutProbesEveryAvailabilityCheckIsUnverifiedAndSaysWhy() {
    ProbeFacts facts =
        new ProbeFacts()
            .run(
                "http",
                CollectorRun.Outcome.PARTIAL,
                "probes",
                "0 probes; no routes: the API failed (http://traefik.lab: connection refused)");
    for (Check check :
        List.of(
            new RouteStatusCheck(),
            new LatencyCheck(),
            new TlsCheck(),
            new DnsCheck(),
            new BackendsCheck())) {
      assertThat(run(check, facts))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
                assertThat(f.message()).startsWith("no evidence: ");
              });
    }
    assertThat(run(new RouteStatusCheck(), facts).getFirst().message())
        .contains("connection refused");
  }

  @Test
  void backendsWithoutAnApiSayTheApiWasNotReadNotThatItListsNothing() {
    ProbeFacts withoutApi =
        new ProbeFacts()
            .run("traefik", CollectorRun.Outcome.OK, "compose labels", "6 routers")
            .run("traefik", CollectorRun.Outcome.OK, "proxy.traefik.rules_dir", "1 files");
    ProbeFacts apiDown =
        new ProbeFacts()
            .inventory(new TestInventory().api("http://traefik.lab:8080").build())
            .run("traefik", CollectorRun.Outcome.OK, "compose labels", "6 routers")
            .run("traefik", CollectorRun.Outcome.FAILED, "http://traefik.lab:8080", "refused");

    assertThat(run(new BackendsCheck(), withoutApi).getFirst().message())
        .contains("the Traefik API was not read (no proxy.traefik.api");
    assertThat(run(new BackendsCheck(), apiDown).getFirst().message())
        .contains("could not be read: FAILED refused");
  }

  @Test
  void latencyNearTheBudgetWarnsAndOverItFails() {
    ProbeFacts facts =
        new ProbeFacts()
            .probe(ROUTE, "a@file", "https://a.lab/", ProbeClass.OK, 200, 900, 1700, 1800)
            .probe(ROUTE, "b@file", "https://b.lab/", ProbeClass.OK, 200, 900, 2100, 300)
            .probe(ROUTE, "c@file", "https://c.lab/", ProbeClass.OK, 200, 900, 100, 120);
    List<Finding> findings = run(new LatencyCheck(), facts);
    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(Status.WARN, Status.FAIL, Status.PASS);
    assertThat(findings.get(1).message()).startsWith("p95 2.10 s");
  }

  @Test
  void certificatesWarnUnder14DaysAndFailUnder3() {
    ProbeFacts facts =
        new ProbeFacts()
            .tls("ok.lab", ProbeFacts.AT.plus(Duration.ofDays(60)))
            .tls("soon.lab", ProbeFacts.AT.plus(Duration.ofDays(10)))
            .tls("now.lab", ProbeFacts.AT.plus(Duration.ofDays(2)));
    assertThat(run(new TlsCheck(), facts))
        .extracting(Finding::status)
        .containsExactly(Status.PASS, Status.WARN, Status.FAIL);
  }

  @Test
  void backendsAreUpDownOrPartly() {
    ProbeFacts facts =
        new ProbeFacts()
            .service("a@docker", "http://10.0.0.1:80", "UP")
            .service("b@docker", "http://10.0.0.2:80", "UP", "http://10.0.0.3:80", "DOWN")
            .service("c@docker", "http://10.0.0.4:80", "DOWN");
    assertThat(run(new BackendsCheck(), facts))
        .extracting(Finding::status)
        .containsExactly(Status.PASS, Status.WARN, Status.FAIL);
  }

  @Test
  void dnsFailuresSayWhatIsMissing() {
    ProbeFacts facts =
        new ProbeFacts()
            .dns("a.lab", Resolution.Outcome.RESOLVED, "127.0.0.1")
            .dns("gone.lab", Resolution.Outcome.NO_SUCH_NAME);
    List<Finding> findings = run(new DnsCheck(), facts);
    assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
    assertThat(findings.get(1).fix())
        .hasValueSatisfying(f -> assertThat(f).contains("Add an A/AAAA record for gone.lab"));
  }
}
