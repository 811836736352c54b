package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.HostSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hosts that are down, refuse, hang, lie or fail TLS are evidence of why, and the hosts that answer
 * are still read, all within the time budget.
 */
@ExtendWith(TestEngine.Extension.class)
class DockerHostFailuresTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void oneHostDownTheOthersGraded(TestEngine engine) throws Exception {
    Scenario.ensure(engine);
    try (HostileServer hung = new HostileServer("");
        HostileServer garbage = new HostileServer("SSH-2.0-OpenSSH_9.2\r\n");
        HostileServer huge = new HostileServer(HostileServer.ENDLESS);
        HostileServer redirect =
            new HostileServer(
                "HTTP/1.1 301 Moved\r\nLocation: http://elsewhere/\r\nContent-Length: 0\r\n\r\n");
        HostileServer badJson =
            new HostileServer("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n{not json")) {
      List<HostSpec> hosts =
          List.of(
              Inventories.host("good", "unix://" + engine.socket),
              Inventories.host("gone", "unix:///tmp/opsgrade-no-such-dir/docker.sock"),
              Inventories.host("closed", "tcp://127.0.0.1:" + Processes.freePort()),
              Inventories.host("hung", "tcp://127.0.0.1:" + hung.port()),
              Inventories.host("garbage", "tcp://127.0.0.1:" + garbage.port()),
              Inventories.host("liar", "tcp://127.0.0.1:" + badJson.port()),
              Inventories.host("typo", "http://master:2375"),
              Inventories.host("huge", "tcp://127.0.0.1:" + huge.port()),
              Inventories.host("redirect", "tcp://127.0.0.1:" + redirect.port()),
              new HostSpec(
                  "quiet", Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
      long start = System.nanoTime();
      Evidence evidence =
          new Evidence(Inventories.collect(Inventories.of(hosts), TIMEOUT, Map.of()));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isLessThan(TIMEOUT.multipliedBy(DockerCollector.HOST_BUDGET_TIMEOUTS));
      assertRun(evidence, "good", Outcome.OK, "containers (");
      assertRun(
          evidence,
          "gone",
          Outcome.FAILED,
          "socket /tmp/opsgrade-no-such-dir/docker.sock does not exist");
      assertRun(evidence, "closed", Outcome.FAILED, "connection refused");
      assertRun(evidence, "hung", Outcome.TIMED_OUT, "timeout: GET /version");
      assertRun(evidence, "garbage", Outcome.FAILED, "something not HTTP");
      assertRun(evidence, "liar", Outcome.FAILED, "invalid JSON");
      assertRun(
          evidence, "typo", Outcome.FAILED, "hosts[6].docker: 'http://master:2375' is not unix://");
      assertRun(evidence, "quiet", Outcome.NOT_CONFIGURED, "hosts[9].docker is not set");
      assertRun(evidence, "huge", Outcome.FAILED, "GET /version is larger than 32 MiB: not read");
      assertRun(evidence, "redirect", Outcome.FAILED, "GET /version answered HTTP 301");
      assertThat(evidence.all(DockerContainer.class))
          .isNotEmpty()
          .allMatch(c -> c.data().host().equals("good"));
      List<String> measured =
          evidence.all(Measurement.class).stream()
              .map(FactView::data)
              .map(Measurement::name)
              .toList();
      // no total over hosts that were not read: it would contradict the docs for a wrong reason
      assertThat(measured).contains("containers.host.good").doesNotContain("containers.total");
    }
  }

  @Test
  void tlsWithClientCertificates(TestEngine engine) throws Exception {
    Path certs = engine.certs;
    HostSpec.TlsFiles files =
        new HostSpec.TlsFiles(
            certs.resolve("ca.pem").toString(),
            certs.resolve("cert.pem").toString(),
            certs.resolve("key.pem").toString());
    Path otherCa = engine.dir.resolve("other-ca");
    TlsCertificates.make(otherCa);
    HostSpec.TlsFiles strangers =
        new HostSpec.TlsFiles(
            otherCa.resolve("ca.pem").toString(),
            otherCa.resolve("cert.pem").toString(),
            otherCa.resolve("key.pem").toString());
    String url = "tcp://127.0.0.1:" + engine.tlsPort;
    List<HostSpec> hosts =
        List.of(
            new HostSpec("tls", Optional.of(url), Optional.of(files), List.of(), Optional.empty()),
            new HostSpec(
                "wrong-ca", Optional.of(url), Optional.of(strangers), List.of(), Optional.empty()),
            Inventories.host("no-client-cert", url));
    Evidence evidence =
        new Evidence(Inventories.collect(Inventories.of(hosts), Duration.ofSeconds(5), Map.of()));

    assertRun(evidence, "tls", Outcome.OK, "via tcp with TLS client certificate");
    assertThat(evidence.all(DockerHost.class))
        .singleElement()
        .satisfies(h -> assertThat(h.data().host()).isEqualTo("tls"));
    assertRun(
        evidence,
        "wrong-ca",
        Outcome.FAILED,
        "TLS handshake with 127.0.0.1:" + engine.tlsPort + " failed");
    // plain HTTP to a TLS port: the engine answers with a TLS alert or an HTTP 400, never data
    CollectorRun plain = evidence.run("docker", "no-client-cert").orElseThrow();
    assertThat(plain.outcome()).isEqualTo(Outcome.FAILED);
  }

  private static void assertRun(Evidence evidence, String host, Outcome outcome, String detail) {
    CollectorRun run =
        evidence.run("docker", host).orElseThrow(() -> new AssertionError("no run for " + host));
    assertThat(run.outcome()).as(run.detail()).isEqualTo(outcome);
    assertThat(run.detail()).contains(detail);
  }
}
