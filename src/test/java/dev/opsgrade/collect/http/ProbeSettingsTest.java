package dev.opsgrade.collect.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.collect.dns.DnsCollector;
import dev.opsgrade.collect.dns.DnsLookup;
import dev.opsgrade.collect.tls.TlsCertificate;
import dev.opsgrade.collect.tls.TlsCollector;
import dev.opsgrade.config.InventoryException;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.ProxyEstate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * probe.resolvers and probe.ca as a user writes them in opsgrade.yaml: the estate's names exist
 * only in the test's dnsmasq and its certificates chain only to the test's CA, so the healthy route
 * answers OK only when both settings reach the probes.
 */
class ProbeSettingsTest {
  @TempDir static Path dir;
  static ProxyEstate estate;
  static String dns;

  @BeforeAll
  static void start() throws IOException {
    estate = ProxyEstate.start(dir);
    dns = estate.inventory().build().probe().resolvers().getFirst();
  }

  @AfterAll
  static void stop() {
    if (estate != null) {
      estate.close();
    }
  }

  private static Inventory load(String probe) throws IOException {
    Path file = dir.resolve("opsgrade.yaml");
    Files.writeString(
        file,
        """
        name: lab
        proxy:
          traefik:
            rules_dir: rules
            entrypoints:
              websecure: https://127.0.0.1:%d
        probe:
        %s
        """
            .formatted(estate.httpsPort(), probe.indent(2)));
    return InventoryLoader.load(file, Map.of());
  }

  private static HttpProbe healthy(Evidence evidence) {
    return evidence.all(HttpProbe.class).stream()
        .map(FactView::data)
        .filter(p -> p.kind() == HttpProbe.Kind.ROUTE)
        .filter(p -> p.host().equals("healthy." + ProxyEstate.DOMAIN))
        .findFirst()
        .orElseThrow(() -> new AssertionError("healthy not probed: " + evidence.bundle()));
  }

  @Test
  void resolversAndCaFromTheFileReachTheProbes() throws IOException {
    Inventory inventory =
        load("samples: 1\ntimeout: 5s\nresolvers: [\"%s\"]\nca: ca/ca.pem".formatted(dns));
    assertThat(inventory.probe().resolvers()).containsExactly(dns);
    assertThat(inventory.probe().ca()).contains("ca/ca.pem");

    Evidence evidence =
        Collect.run(
            inventory, dir, Map.of(), new HttpCollector(), new DnsCollector(), new TlsCollector());

    HttpProbe healthy = healthy(evidence);
    assertThat(healthy.outcome()).as(healthy.detail()).isEqualTo(ProbeClass.OK);
    assertThat(evidence.all(DnsLookup.class))
        .map(FactView::data)
        .filteredOn(l -> l.host().equals("healthy." + ProxyEstate.DOMAIN))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.resolver()).isEqualTo(dns);
              assertThat(l.addresses()).containsExactly("127.0.0.1");
            });
    assertThat(evidence.all(TlsCertificate.class))
        .map(FactView::data)
        .filteredOn(c -> c.host().equals("healthy." + ProxyEstate.DOMAIN))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.trusted()).as(c.toString()).isTrue());
  }

  @Test
  void withoutTheCaTheSameRouteIsUntrusted() throws IOException {
    Evidence noCa =
        Collect.run(
            load("samples: 1\ntimeout: 5s\nresolvers: [\"%s\"]".formatted(dns)),
            dir,
            Map.of(),
            new HttpCollector());
    assertThat(healthy(noCa).outcome()).isEqualTo(ProbeClass.TLS_ERROR);
  }

  @Test
  void anUnreadableCaStopsTheDiallingCollectorsWithTheReason() throws IOException {
    Evidence evidence =
        Collect.run(
            load("ca: nowhere/ca.pem"), dir, Map.of(), new HttpCollector(), new TlsCollector());

    for (String collector : java.util.List.of("http", "tls")) {
      assertThat(evidence.runs(collector))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
                assertThat(r.detail()).contains("nowhere/ca.pem");
              });
    }
    assertThat(evidence.all(HttpProbe.class)).isEmpty();
  }

  @Test
  void aResolverGivenByNameIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> load("resolvers: [dns.example.net]"))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("opsgrade.yaml:")
        .hasMessageContaining("probe.resolvers")
        .hasMessageContaining("an IP address, not a name");
  }
}
