package dev.opsgrade.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's dnsmasq on a loopback UDP port: the names the test gives resolve to its addresses, and
 * names under the "local" zones do not exist (NXDOMAIN). Nothing is forwarded anywhere.
 */
public final class Dnsmasq implements AutoCloseable {
  private final Daemon daemon;
  private final int port;

  private Dnsmasq(Daemon daemon, int port) {
    this.daemon = daemon;
    this.port = port;
  }

  /**
   * @param addresses domain -> address (the domain and every name below it)
   * @param missingZones zones whose unknown names are NXDOMAIN
   */
  public static Dnsmasq start(Path dir, Map<String, String> addresses, List<String> missingZones) {
    int port = FreePort.next();
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/sbin/dnsmasq",
                "--keep-in-foreground",
                "--no-daemon",
                "--port=" + port,
                "--listen-address=127.0.0.1",
                "--bind-interfaces",
                "--no-resolv",
                "--no-hosts",
                "--conf-file=/dev/null",
                "--user=root",
                "--pid-file=",
                "--log-facility=-"));
    addresses.forEach((domain, address) -> command.add("--address=/" + domain + "/" + address));
    missingZones.forEach(zone -> command.add("--local=/" + zone + "/"));
    Daemon daemon = Daemon.start("dnsmasq", command, dir.resolve("dnsmasq.log"));
    return new Dnsmasq(daemon.awaitAlive(Duration.ofMillis(300)), port);
  }

  /** As probe.resolvers lists it. */
  public String server() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    daemon.close();
  }
}
