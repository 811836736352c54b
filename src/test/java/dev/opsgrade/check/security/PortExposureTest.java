package dev.opsgrade.check.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.security.PortExposure.Reach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortExposureTest {

  @ParameterizedTest
  @CsvSource({
    "'', ALL_INTERFACES",
    "0.0.0.0, ALL_INTERFACES",
    "::, ALL_INTERFACES",
    "[::], ALL_INTERFACES",
    "0:0:0:0:0:0:0:0, ALL_INTERFACES",
    "127.0.0.1, LOOPBACK",
    "127.0.1.1, LOOPBACK",
    "::1, LOOPBACK",
    "[::1], LOOPBACK",
    "10.1.2.3, PRIVATE_ADDRESS",
    "172.16.0.1, PRIVATE_ADDRESS",
    "172.31.255.1, PRIVATE_ADDRESS",
    "192.168.1.10, PRIVATE_ADDRESS",
    "100.64.0.1, PRIVATE_ADDRESS",
    "fd7a:115c:a1e0::1, PRIVATE_ADDRESS",
    "fe80::1, PRIVATE_ADDRESS",
    "172.32.0.1, PUBLIC_ADDRESS",
    "203.0.113.10, PUBLIC_ADDRESS",
    "2001:db8::10, PUBLIC_ADDRESS",
    "::ffff:192.168.1.1, PRIVATE_ADDRESS",
    "master.example.net, NOT_AN_ADDRESS"
  })
  void judgesTheHostAddressAsWritten(String hostIp, Reach expected) {
    assertThat(PortExposure.reach(hostIp)).isEqualTo(expected);
  }

  @Test
  void listsThePortsOfARangeTheAllowlistMisses() {
    assertThat(PortExposure.notAllowed(442, 444, List.of(443))).containsExactly(442, 444);
    assertThat(PortExposure.notAllowed(443, 443, List.of(443))).isEmpty();
  }
}
