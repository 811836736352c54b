package dev.opsgrade.check.security;

import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.List;
import java.util.Locale;

/**
 * A Docker Engine API served on plain tcp:// without TLS client certificates: anyone who reaches
 * the port controls the engine, which is root on the host. Judged from the inventory alone.
 */
final class EngineEndpoints {
  private EngineEndpoints() {}

  static List<Finding> judge(Inventory inventory, Findings findings) {
    return inventory.hosts().stream()
        .filter(EngineEndpoints::plainTcp)
        .map(host -> fail(host, inventory, findings))
        .toList();
  }

  static boolean plainTcp(HostSpec host) {
    return host.tls().isEmpty()
        && host.docker()
            .map(d -> d.trim().toLowerCase(Locale.ROOT).startsWith("tcp://"))
            .orElse(false);
  }

  private static Finding fail(HostSpec host, Inventory inventory, Findings findings) {
    String endpoint = host.docker().orElseThrow();
    return findings.fail(
        host.name() + "/engine",
        "the Docker Engine API of "
            + host.name()
            + " is reached over plain "
            + endpoint
            + " without TLS (hosts[].tls is not set): anyone who reaches that port can run a"
            + " privileged container, which is root on "
            + host.name(),
        Location.file(inventory.sourceFile()),
        List.of(),
        "Serve the API of "
            + host.name()
            + " only with TLS client verification (dockerd --tlsverify --tlscacert --tlscert"
            + " --tlskey, port 2376) and set hosts[].tls {ca, cert, key}, or reach it over"
            + " ssh://user@"
            + host.name()
            + " and close the TCP port.");
  }
}
