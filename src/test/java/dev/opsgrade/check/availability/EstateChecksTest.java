package dev.opsgrade.check.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.security.AuthBypassCheck;
import dev.opsgrade.check.security.AuthCoverageCheck;
import dev.opsgrade.check.security.HstsCheck;
import dev.opsgrade.check.security.HttpsRedirectCheck;
import dev.opsgrade.collect.authelia.AutheliaCollector;
import dev.opsgrade.collect.dns.DnsCollector;
import dev.opsgrade.collect.http.HttpCollector;
import dev.opsgrade.collect.tls.TlsCollector;
import dev.opsgrade.collect.traefik.TraefikCollector;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.ProxyEstate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The availability and access checks on evidence collected from a real nginx estate. */
class EstateChecksTest {
  static final String D = ".opsgrade.test";
  @TempDir static Path dir;
  static ProxyEstate estate;
  static Evidence evidence;

  @BeforeAll
  static void collect() {
    estate = ProxyEstate.start(dir);
    evidence =
        Collect.run(
            estate.inventory().build(),
            dir,
            Map.of("DOMAINNAME_HS", "opsgrade.test"),
            new TraefikCollector(),
            new AutheliaCollector(),
            new HttpCollector(),
            new TlsCollector(),
            new DnsCollector());
  }

  @AfterAll
  static void stop() {
    if (estate != null) {
      estate.close();
    }
  }

  static List<Finding> run(Check check) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  static Finding about(List<Finding> findings, String subject) {
    return findings.stream()
        .filter(f -> f.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding about " + subject + " in " + findings));
  }

  @Test
  void routeStatusNamesTheClassAndTheRootCauseOfEveryFailure() {
    List<Finding> findings = run(new RouteStatusCheck());
    assertThat(about(findings, "https://healthy" + D + "/").status()).isEqualTo(Status.PASS);
    assertThat(about(findings, "https://protected" + D + "/").status()).isEqualTo(Status.PASS);
    Finding stopped = about(findings, "https://stopped" + D + "/");
    assertThat(stopped.status()).isEqualTo(Status.FAIL);
    assertThat(stopped.message())
        .contains(
            "stopped@file",
            "got bad_gateway",
            "502 from the proxy",
            "service 'stopped-svc@file'",
            "refused: the backend is stopped");
    assertThat(about(findings, "https://unknown" + D + "/").message())
        .contains(
            "not_found_at_proxy",
            "404 from the proxy: no router of the running proxy matches unknown" + D);
    assertThat(about(findings, "https://broken" + D + "/").message())
        .contains("app_error", "answered 500");
    assertThat(about(findings, "https://expired" + D + "/").message())
        .contains("tls_error", "expired on");
    assertThat(stopped.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("backend of stopped@file"));
  }

  @Test
  void theSlowRouteIsOverItsLatencyBudget() {
    List<Finding> findings = run(new LatencyCheck());
    Finding slow = about(findings, "https://slow" + D + "/");
    assertThat(slow.status()).isEqualTo(Status.FAIL);
    assertThat(slow.message()).contains("budget 2.00 s");
  }

  @Test
  void certificatesAreJudgedByTrustHostAndDaysLeft() {
    List<Finding> findings = run(new TlsCheck());
    assertThat(about(findings, "healthy" + D).status()).isEqualTo(Status.PASS);
    assertThat(about(findings, "soon" + D).status()).isEqualTo(Status.FAIL);
    assertThat(about(findings, "soon" + D).message()).contains("ends in 1 days");
    assertThat(about(findings, "expired" + D).message()).contains("expired on");
    assertThat(about(findings, "wrong" + D).message()).contains("wrong host");
    assertThat(about(findings, "selfsigned" + D).message()).contains("self-signed");
  }

  @Test
  void aRouteHostThatDoesNotResolveFailsDns() {
    List<Finding> findings = run(new DnsCheck());
    assertThat(about(findings, "missing.nowhere.test").status()).isEqualTo(Status.FAIL);
    assertThat(about(findings, "missing.nowhere.test").message()).contains("NXDOMAIN");
    assertThat(about(findings, "healthy" + D).status()).isEqualTo(Status.PASS);
  }

  @Test
  void withoutTheApiBackendStatusIsUnverified() {
    List<Finding> findings = run(new BackendsCheck());
    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
  }

  @Test
  void anAdminUiWithoutAuthFailsAndAProtectedOneShowsItsAutheliaPolicy() {
    List<Finding> findings = run(new AuthCoverageCheck());
    Finding grafana = about(findings, "grafana@file");
    assertThat(grafana.status()).isEqualTo(Status.FAIL);
    assertThat(grafana.message()).contains("admin UI (grafana)", "no auth middleware");
    assertThat(grafana.location().orElseThrow().display())
        .isEqualTo("rules/routes.yml:" + grafana.location().orElseThrow().line().orElseThrow());
    Finding secured = about(findings, "protected@file");
    assertThat(secured.status()).isEqualTo(Status.PASS);
    assertThat(secured.message()).contains("forwardAuth middlewares-authelia@file", "two_factor");
    assertThat(about(findings, "healthy@file").status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void aProtectedRouteWhoseServerAnswersDirectlyIsABypass() {
    Finding bypass = about(run(new AuthBypassCheck()), "protected@file");
    assertThat(bypass.status()).isEqualTo(Status.FAIL);
    assertThat(bypass.message())
        .contains("http://127.0.0.1:" + estate.okPort() + "/ answers 200 without auth");
  }

  @Test
  void plainHttpMustRedirectAndHttpsMustSendHsts() {
    List<Finding> redirects = run(new HttpsRedirectCheck());
    assertThat(about(redirects, "http://healthy" + D + "/").status()).isEqualTo(Status.PASS);
    assertThat(about(redirects, "http://plain" + D + "/").status()).isEqualTo(Status.FAIL);
    List<Finding> hsts = run(new HstsCheck());
    assertThat(about(hsts, "healthy" + D).status()).isEqualTo(Status.PASS);
    assertThat(about(hsts, "grafana" + D).status()).isEqualTo(Status.FAIL);
  }
}
