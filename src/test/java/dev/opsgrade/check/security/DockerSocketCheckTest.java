package dev.opsgrade.check.security;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerSocketCheckTest {
  private final DockerSocketCheck check = new DockerSocketCheck();

  private Finding judge(TestService service) {
    return new ComposeFacts().service(service).evaluate(check).getFirst();
  }

  @Test
  void aWritableSocketFailsAtItsLine() {
    Finding finding =
        judge(
            service("socket-proxy")
                .volume("bind", "/var/run/docker.sock", "/var/run/docker.sock", false, 72));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.subject()).isEqualTo("master/socket-proxy");
    assertThat(finding.message()).contains("/var/run/docker.sock");
    assertThat(finding.location().orElseThrow().line()).contains(72);
    assertThat(finding.fix()).hasValueSatisfying(f -> assertThat(f).contains("socket proxy"));
  }

  @Test
  void aSocketMountedByAnExtendedServiceIsLocatedInItsFile() {
    Finding finding =
        judge(
            service("app")
                .volumeIn("common/base.yml", "/var/run/docker.sock", "/var/run/docker.sock", 6));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.location().orElseThrow().display()).isEqualTo("common/base.yml:6");
    assertThat(finding.message()).contains("common/base.yml:6");
  }

  @Test
  void aReadOnlySocketIsAWarning() {
    Finding finding =
        judge(
            service("traefik")
                .volume("bind", "/run/docker.sock", "/var/run/docker.sock", true, 16));

    assertThat(finding.status()).isEqualTo(Status.WARN);
    assertThat(finding.location().orElseThrow().line()).contains(16);
  }

  @Test
  void otherMountsPass() {
    Finding finding =
        judge(
            service("app")
                .volume("bind", "./data", "/data", false, 5)
                .volume("volume", "docker.sock", "/x", false, 6)
                .volume("tmpfs", "", "/var/run", false, 7));

    assertThat(finding.status()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @CsvSource({
    "/var/run/docker.sock, true",
    "/run/docker.sock, true",
    "/run/user/1000/docker.sock, true",
    "/var/run, true",
    "/var/run/, true",
    "/var/run/docker.sock.bak/x, false",
    "/var/lib/docker, false",
    "./docker.socket, false"
  })
  void recognisesTheSocket(String source, boolean socket) {
    assertThat(DockerSocket.exposes(source)).isEqualTo(socket);
  }
}
