package dev.opsgrade.check.security;

import static dev.opsgrade.check.compose.TestService.published;
import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Severity;
import dev.opsgrade.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthBypassCheckTest {
  private static final String ROUTER = "traefik.http.routers.grafana.middlewares";

  private final AuthBypassCheck check = new AuthBypassCheck();

  private static TestService grafana() {
    return service("grafana").label("traefik.enable", "true").label(ROUTER, "chain-authelia@file");
  }

  private Finding judge(TestService service) {
    return new ComposeFacts().service(service).evaluate(check).getFirst();
  }

  @Test
  void authInTheProxyAndAPublicPortIsABypass() {
    Finding finding = judge(grafana().port(published("3000:3000", "", 3000, 3000, 39)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.subject()).isEqualTo("master/grafana");
    assertThat(finding.message())
        .contains("router \"grafana\" uses auth middleware chain-authelia@file")
        .contains("\"3000:3000\" publishes 3000 on all interfaces")
        .contains("http://master:3000");
    assertThat(finding.location().orElseThrow().line()).contains(39);
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("127.0.0.1:3000:3000"));
  }

  @Test
  void authAndOnlyALoopbackPortPasses() {
    Finding finding =
        judge(grafana().port(published("127.0.0.1:3000:3000", "127.0.0.1", 3000, 3000, 39)));

    assertThat(finding.status()).isEqualTo(Status.PASS);
  }

  @Test
  void anAllowlistedPortOfAnAppIsStillABypass() {
    Finding finding = judge(grafana().port(published("80:80", "", 80, 80, 39)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void withoutAnAuthMiddlewareTheCheckDoesNotApply() {
    Finding finding =
        judge(
            service("whoami")
                .label("traefik.http.routers.whoami.middlewares", "rate-limit@file")
                .port(published("8000:80", "", 8000, 80, 5)));

    assertThat(finding.status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void traefikEnableFalseMeansNoRouter() {
    Finding finding =
        judge(
            grafana()
                .label("traefik.enable", "false")
                .port(published("3000:3000", "", 3000, 3000, 39)));

    assertThat(finding.status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void aMiddlewareDefinedInLabelsIsJudgedByItsType() {
    Finding basic =
        judge(
            service("admin")
                .label("traefik.http.middlewares.admins.basicauth.users", "admin:$apr1$x")
                .label("traefik.http.routers.admin.middlewares", "admins@docker")
                .port(published("9000:9000", "", 9000, 9000, 7)));
    Finding headers =
        judge(
            service("site")
                .label("traefik.http.middlewares.auth-headers.headers.framedeny", "true")
                .label("traefik.http.routers.site.middlewares", "auth-headers")
                .port(published("9000:9000", "", 9000, 9000, 7)));

    assertThat(basic.status()).isEqualTo(Status.FAIL);
    assertThat(headers.status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void aChainDefinedOnAnotherContainerOfTheHostCounts() {
    List<Finding> findings =
        new ComposeFacts()
            .service(
                service("authelia")
                    .label(
                        "traefik.http.middlewares.gate.forwardAuth.address", "http://authelia:9091")
                    .label("traefik.http.middlewares.protected.chain.middlewares", "limit,gate"))
            .service(
                service("paperless")
                    .label("traefik.http.routers.paperless.middlewares", "protected@docker")
                    .port(published("8000:8000", "", 8000, 8000, 30)))
            .evaluate(check);

    assertThat(findings)
        .filteredOn(f -> f.subject().equals("master/paperless"))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
  }

  @Test
  void theProxyItselfPublishesItsEntrypointsByDesign() {
    TestService traefik =
        service("traefik")
            .image("traefik:v3.1.4")
            .label("traefik.http.routers.dashboard.middlewares", "chain-authelia@file")
            .port(published("80:80", "", 80, 80, 13))
            .port(published("443:443", "", 443, 443, 14));

    assertThat(judge(traefik).status()).isEqualTo(Status.PASS);
    assertThat(judge(traefik.port(published("8080:8080", "", 8080, 8080, 15))).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void hostNetworkBehindAuthIsAWarning() {
    assertThat(judge(grafana().networkMode("host")).status()).isEqualTo(Status.WARN);
  }
}
