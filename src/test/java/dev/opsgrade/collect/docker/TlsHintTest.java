package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.inventory.HostSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain HTTP sent to a TLS engine port gets a reason that says TLS files are likely missing. */
class TlsHintTest {
  private static final DockerFailure DOCKERD_ON_TLS_PORT =
      new DockerFailure("GET /version answered HTTP 400: (no JSON error message)");

  private static HostSpec host(String docker, boolean tls) {
    return new HostSpec(
        "lady",
        Optional.of(docker),
        tls
            ? Optional.of(new HostSpec.TlsFiles("ca.pem", "cert.pem", "key.pem"))
            : Optional.empty(),
        List.of(),
        Optional.empty());
  }

  @Test
  void aPlainTcpHostRefusedByATlsPortIsToldToGiveTlsFiles() {
    assertThat(DockerCollector.tlsHint(host("tcp://lady:2376", false), DOCKERD_ON_TLS_PORT))
        .contains("tls: {ca, cert, key}");
    assertThat(
            DockerCollector.tlsHint(
                host("tcp://lady:2376", false),
                Failures.classify(
                    new java.io.EOFException("the engine closed the connection before answering"))))
        .contains("tls:");
  }

  @Test
  void noHintWhenTlsIsConfiguredOrTheFailureIsAnotherOne() {
    assertThat(DockerCollector.tlsHint(host("tcp://lady:2376", true), DOCKERD_ON_TLS_PORT))
        .isEmpty();
    assertThat(DockerCollector.tlsHint(host("unix:///run/docker.sock", false), DOCKERD_ON_TLS_PORT))
        .isEmpty();
    assertThat(
            DockerCollector.tlsHint(
                host("tcp://lady:2375", false), new DockerFailure("connection refused")))
        .isEmpty();
  }
}
