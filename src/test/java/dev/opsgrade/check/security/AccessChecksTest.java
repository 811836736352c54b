package dev.opsgrade.check.security;

import static dev.opsgrade.collect.http.HttpProbe.Kind.PLAIN_HTTP;
import static dev.opsgrade.collect.http.HttpProbe.Kind.ROUTE;
import static dev.opsgrade.collect.traefik.ConfigSource.API;
import static dev.opsgrade.collect.traefik.ConfigSource.FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.ProbeFacts;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Auth coverage through chains and providers, Authelia policies, redirects and HSTS, on exact
 * facts.
 */
class AccessChecksTest {

  static List<Finding> run(Check check, ProbeFacts facts) {
    return check.evaluate(facts.evidence(), new Findings(Catalogue.standard().get(check.id())));
  }

  static ProbeFacts chain() {
    return new ProbeFacts()
        .middleware(
            "chain-authelia@file",
            FILE,
            "chain",
            List.of("rate-limit", "middlewares-authelia"),
            Optional.empty())
        .middleware(
            "middlewares-authelia@file",
            FILE,
            "forwardauth",
            List.of(),
            Optional.of("http://authelia:9091/api/authz/forward-auth"));
  }

  @Test
  void authIsFoundThroughAChainDefinedInAnotherProvider() {
    ProbeFacts facts =
        chain()
            .router(
                "portainer@docker",
                API,
                "portainer.lab",
                "portainer@docker",
                "chain-authelia@file");
    Finding finding = run(new AuthCoverageCheck(), facts).getFirst();
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message())
        .contains(
            "admin UI (portainer)",
            "forwardAuth middlewares-authelia@file (http://authelia:9091/api/authz/forward-auth)");
  }

  @Test
  void anAdminRouteThatAutheliaBypassesFails() {
    ProbeFacts facts =
        chain()
            .router("grafana@docker", API, "grafana.lab", "grafana@docker", "chain-authelia@file")
            .authelia(
                "deny",
                ProbeFacts.rule(1, "grafana.lab", "bypass"),
                ProbeFacts.rule(2, "*.lab", "two_factor"));
    Finding finding = run(new AuthCoverageCheck(), facts).getFirst();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message())
        .contains("Authelia rule #1 (authelia.yml:12) gives bypass for grafana.lab");
  }

  @Test
  void aPublicRouteIsListedNotFailedAndAnAdminOneWithoutAuthFails() {
    ProbeFacts facts =
        new ProbeFacts()
            .router("blog@docker", API, "blog.lab", "blog@docker")
            .router("dozzle@docker", API, "logs.lab", "dozzle@docker", "rate-limit@file")
            .middleware("rate-limit@file", FILE, "ratelimit", List.of(), Optional.empty());
    List<Finding> findings = run(new AuthCoverageCheck(), facts);
    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(Status.NOT_APPLICABLE, Status.FAIL);
    assertThat(findings.get(1).fix())
        .hasValueSatisfying(f -> assertThat(f).contains("router dozzle@docker"));
  }

  @Test
  void configuredAuthThatTheProbeDoesNotSeeFails() {
    ProbeFacts facts =
        chain()
            .router("traefik@docker", API, "traefik.lab", "api@internal", "chain-authelia@file")
            .probe(ROUTE, "traefik@docker", "https://traefik.lab/", ProbeClass.OK, 200, 20, 20);
    Finding finding = run(new AuthCoverageCheck(), facts).getFirst();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("answered 200 without auth");
  }

  @Test
  void plainHttpRedirectsAndHstsAreJudgedFromHeaders() {
    ProbeFacts facts =
        new ProbeFacts()
            .probe(
                PLAIN_HTTP,
                "a@file",
                "http://a.lab/",
                ProbeClass.REDIRECT,
                308,
                Optional.of("https://a.lab/"),
                Optional.empty(),
                5)
            .probe(PLAIN_HTTP, "b@file", "http://b.lab/", ProbeClass.OK, 200, 5)
            .probe(
                ROUTE,
                "a@file",
                "https://a.lab/",
                ProbeClass.OK,
                200,
                Optional.empty(),
                Optional.of("max-age=63072000; includeSubDomains"),
                5,
                5)
            .probe(
                ROUTE,
                "b@file",
                "https://b.lab/",
                ProbeClass.OK,
                200,
                Optional.empty(),
                Optional.of("max-age=86400"),
                5,
                5)
            .probe(ROUTE, "c@file", "https://c.lab/", ProbeClass.OK, 200, 5, 5);
    assertThat(run(new HttpsRedirectCheck(), facts))
        .extracting(Finding::status)
        .containsExactly(Status.PASS, Status.FAIL);
    assertThat(run(new HstsCheck(), facts))
        .extracting(Finding::status)
        .containsExactly(Status.PASS, Status.WARN, Status.FAIL);
  }

  @Test
  void refusedPlainHttpPassesOnlyWhenTheHostAnswersOverHttps() {
    ProbeFacts facts =
        new ProbeFacts()
            .probe(PLAIN_HTTP, "up@file", "http://up.lab/", ProbeClass.REFUSED, 0, 5)
            .probe(ROUTE, "up@file", "https://up.lab/", ProbeClass.OK, 200, 5, 5)
            .probe(PLAIN_HTTP, "down@file", "http://down.lab/", ProbeClass.REFUSED, 0, 5)
            .probe(ROUTE, "down@file", "https://down.lab/", ProbeClass.REFUSED, 0, 5);

    List<Finding> findings = run(new HttpsRedirectCheck(), facts);

    assertThat(findings)
        .filteredOn(f -> f.subject().equals("http://up.lab/"))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(findings)
        .filteredOn(f -> f.subject().equals("http://down.lab/"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("did not answer over HTTPS either");
            });
  }

  @Test
  void anAuthMiddlewareKnownOnlyByNameIsAWarningUntilAProbeSeesTheGate() {
    ProbeFacts unseen =
        new ProbeFacts().router("dash@file", FILE, "dash.lab", "dash@file", "auth@file");
    ProbeFacts seen =
        new ProbeFacts()
            .router("dash@file", FILE, "dash.lab", "dash@file", "auth@file")
            .probe(ROUTE, "dash@file", "https://dash.lab/", ProbeClass.AUTH_REDIRECT, 401, 5);

    assertThat(run(new AuthCoverageCheck(), unseen))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.WARN);
              assertThat(f.message()).contains("defined nowhere opsgrade read");
            });
    assertThat(run(new AuthCoverageCheck(), seen))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
  }

  @Test
  void withoutRoutesOrProbesTheAccessChecksAreUnverified() {
    ProbeFacts facts = new ProbeFacts();
    for (Check check :
        List.of(new AuthCoverageCheck(), new HttpsRedirectCheck(), new HstsCheck())) {
      assertThat(run(check, facts))
          .singleElement()
          .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
    }
  }
}
