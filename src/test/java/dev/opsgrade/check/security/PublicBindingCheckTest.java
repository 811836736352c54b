package dev.opsgrade.check.security;

import static dev.opsgrade.check.compose.TestService.published;
import static dev.opsgrade.check.compose.TestService.randomHostPort;
import static dev.opsgrade.check.compose.TestService.range;
import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicBindingCheckTest {
  private final PublicBindingCheck check = new PublicBindingCheck();

  private Finding only(TestService service) {
    List<Finding> findings = new ComposeFacts().service(service).evaluate(check);
    assertThat(findings).hasSize(1);
    return findings.getFirst();
  }

  @Test
  void shortSyntaxWithoutAddressFailsAndSaysHowToBindLoopback() {
    Finding finding = only(service("grafana").port(published("3000:3000", "", 3000, 3000, 39)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.subject()).isEqualTo("master/grafana");
    assertThat(finding.message()).contains("\"3000:3000\" publishes 3000 on all interfaces");
    assertThat(finding.location().orElseThrow().display()).isEqualTo(ComposeFacts.FILE + ":39");
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("\"127.0.0.1:3000:3000\""));
    assertThat(finding.evidence()).containsExactly("compose.service:master/grafana");
  }

  @Test
  void loopbackAndPrivateAddressesPass() {
    Finding finding =
        only(
            service("prometheus")
                .port(published("127.0.0.1:8080:80", "127.0.0.1", 8080, 80, 14))
                .port(published("[::1]:8081:81", "[::1]", 8081, 81, 15))
                .port(published("10.0.0.5:5432:5432", "10.0.0.5", 5432, 5432, 16))
                .port(published("100.101.1.2:9100:9100", "100.101.1.2", 9100, 9100, 17)));

    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message()).contains("\"127.0.0.1:8080:80\"");
    assertThat(finding.location().orElseThrow().display()).isEqualTo(ComposeFacts.FILE + ":14");
  }

  @Test
  void ipv6AllInterfacesFails() {
    Finding finding =
        only(service("portainer").port(published("[::]:9000:9000", "[::]", 9000, 9000, 10)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("\"[::]:9000:9000\" publishes 9000 on all interfaces");
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("\"127.0.0.1:9000:9000\""));
  }

  @Test
  void longSyntaxWithoutHostIpFailsAndAsksForHostIp() {
    Finding finding =
        only(service("api").port(published("target: 80, published: 8080", "", 8080, 80, 22)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("publishes 8080 on all interfaces");
    assertThat(finding.fix()).hasValueSatisfying(f -> assertThat(f).contains("host_ip: 127.0.0.1"));
    assertThat(finding.location().orElseThrow().line()).contains(22);
  }

  @Test
  void aRangeFailsWhenAnyOfItsPortsIsNotAllowed() {
    Finding partly =
        only(service("web").port(range("443-444:443-444", "", 443, 444, 443, 444, 12)));
    Finding allowed =
        new ComposeFacts()
            .allowed(6881, 6882)
            .service(
                service("torrent")
                    .port(range("6881-6882:6881-6882", "", 6881, 6882, 6881, 6882, 12)))
            .evaluate(check)
            .getFirst();

    assertThat(partly.status()).isEqualTo(Status.FAIL);
    assertThat(partly.message())
        .contains("\"443-444:443-444\" publishes 443-444 on all interfaces");
    assertThat(partly.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("\"127.0.0.1:443-444:443-444\""));
    assertThat(allowed.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aContainerPortAloneGetsARandomPublicHostPort() {
    Finding finding = only(service("app").port(randomHostPort("3000", 3000, 18)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message())
        .contains("\"3000\" publishes container port 3000 on a random host port on all interfaces");
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("\"127.0.0.1::3000\""));
  }

  @Test
  void allowlistedPortsOnAllInterfacesPass() {
    Finding finding =
        only(
            service("traefik")
                .port(published("80:80", "", 80, 80, 13))
                .port(published("0.0.0.0:443:443", "0.0.0.0", 443, 443, 14)));

    assertThat(finding.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aSpecificPublicAddressIsAsReachableAsAllInterfaces() {
    Finding finding =
        only(service("api").port(published("203.0.113.10:8080:80", "203.0.113.10", 8080, 80, 9)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("publishes 8080 on public address 203.0.113.10");
  }

  @Test
  void oneFindingPerServiceListsEveryOffendingPortAndPointsAtTheFirst() {
    Finding finding =
        only(
            service("qbit")
                .port(published("127.0.0.1:9001:9001", "127.0.0.1", 9001, 9001, 64))
                .port(published("8080:8080", "", 8080, 8080, 65))
                .port(published("6881:6881", "", 6881, 6881, 66)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message())
        .contains("\"8080:8080\" publishes 8080")
        .contains("\"6881:6881\" publishes 6881")
        .doesNotContain("9001");
    assertThat(finding.location().orElseThrow().line()).contains(65);
  }

  @Test
  void hostNetworkIsAWarning() {
    Finding finding = only(service("homeassistant").networkMode("host"));

    assertThat(finding.status()).isEqualTo(Status.WARN);
    assertThat(finding.message()).contains("network_mode: host");
    assertThat(finding.fix()).isPresent();
  }

  @Test
  void aServiceWithoutPortsPasses() {
    assertThat(only(service("redis")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void anEmptyAllowlistFailsEvenPort443() {
    Finding finding =
        new ComposeFacts()
            .allowed()
            .service(service("traefik").port(published("443:443", "", 443, 443, 13)))
            .evaluate(check)
            .getFirst();

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("allowed on all interfaces: none");
  }
}
