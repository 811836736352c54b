package dev.opsgrade.collect.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.ProxyEstate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes of a real nginx estate: every route gets the class its real answer deserves. */
class HttpCollectorTest {
  @TempDir static Path dir;
  static ProxyEstate estate;
  static Evidence evidence;

  @BeforeAll
  static void probeTheEstate() {
    estate = ProxyEstate.start(dir);
    evidence = Collect.run(estate.inventory().build(), dir, Map.of(), new HttpCollector());
    try {
      java.nio.file.Files.writeString(
          Path.of("target/http-evidence.json"), dev.opsgrade.model.Json.write(evidence.bundle()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    if (estate != null) {
      estate.close();
    }
  }

  private static HttpProbe route(String name) {
    return evidence.all(HttpProbe.class).stream()
        .map(FactView::data)
        .filter(
            p -> p.kind() == HttpProbe.Kind.ROUTE && p.router().orElse("").equals(name + "@file"))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no probe of " + name + ": " + evidence.bundle().collectors()));
  }

  @Test
  void eachRouteIsClassifiedByItsRealAnswer() {
    assertThat(route("healthy").outcome()).isEqualTo(ProbeClass.OK);
    assertThat(route("healthy").status()).contains(200);
    assertThat(route("stopped").outcome()).isEqualTo(ProbeClass.BAD_GATEWAY);
    assertThat(route("stopped").status()).contains(502);
    assertThat(route("broken").outcome()).isEqualTo(ProbeClass.APP_ERROR);
    assertThat(route("unknown").outcome()).isEqualTo(ProbeClass.NOT_FOUND_AT_PROXY);
    assertThat(route("protected").outcome()).isEqualTo(ProbeClass.AUTH_REDIRECT);
    assertThat(route("protected").location())
        .hasValueSatisfying(l -> assertThat(l).startsWith("https://auth.opsgrade.test/?rd="));
    assertThat(route("grafana").outcome()).isEqualTo(ProbeClass.OK);
  }

  @Test
  void theSlowRouteAnswersWithItsLatencyMeasured() {
    HttpProbe slow = route("slow");
    assertThat(slow.outcome()).as(slow.detail()).isEqualTo(ProbeClass.OK);
    assertThat(slow.samples()).hasSize(2);
    assertThat(slow.p95Millis())
        .hasValueSatisfying(p -> assertThat(p).isGreaterThanOrEqualTo(ProxyEstate.SLOW_MILLIS));
  }

  @Test
  void badCertificatesAreTlsErrorsThatSayWhy() {
    assertThat(route("expired").outcome()).isEqualTo(ProbeClass.TLS_ERROR);
    assertThat(route("expired").detail()).contains("expired on");
    assertThat(route("wrong").detail())
        .contains("wrong host: issued for other.opsgrade.test, not wrong.opsgrade.test");
    assertThat(route("selfsigned").detail()).contains("not trusted: self-signed");
    assertThat(route("soon").outcome()).isEqualTo(ProbeClass.OK);
  }

  @Test
  void plainHttpShowsTheRedirectOrItsAbsence() {
    List<HttpProbe> plain =
        evidence.all(HttpProbe.class).stream()
            .map(FactView::data)
            .filter(p -> p.kind() == HttpProbe.Kind.PLAIN_HTTP)
            .toList();
    HttpProbe healthy =
        plain.stream()
            .filter(p -> p.host().equals("healthy.opsgrade.test"))
            .findFirst()
            .orElseThrow();
    HttpProbe served =
        plain.stream()
            .filter(p -> p.host().equals("plain.opsgrade.test"))
            .findFirst()
            .orElseThrow();
    assertThat(healthy.status()).contains(308);
    assertThat(healthy.location()).contains("https://healthy.opsgrade.test/");
    assertThat(served.outcome()).isEqualTo(ProbeClass.OK);
    assertThat(route("healthy").hsts()).contains("max-age=31536000; includeSubDomains");
  }

  @Test
  void theServerBehindAProtectedRouteIsProbedDirectly() {
    HttpProbe direct =
        evidence.all(HttpProbe.class).stream()
            .map(FactView::data)
            .filter(
                p ->
                    p.kind() == HttpProbe.Kind.DIRECT
                        && p.router().orElse("").equals("protected@file"))
            .findFirst()
            .orElseThrow();
    assertThat(direct.outcome()).isEqualTo(ProbeClass.OK);
    assertThat(direct.url()).isEqualTo("http://127.0.0.1:" + estate.okPort() + "/");
  }

  @Test
  void aHostThatDoesNotResolveIsStillProbedThroughTheMappedEntrypoint() {
    assertThat(route("missing").outcome()).as(route("missing").detail()).isEqualTo(ProbeClass.OK);
    assertThat(route("missing").dialled()).isEqualTo("127.0.0.1:" + estate.httpsPort());
  }
}
