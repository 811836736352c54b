package dev.opsgrade.pipeline;

import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.authelia.AutheliaCollector;
import dev.opsgrade.collect.dns.DnsCollector;
import dev.opsgrade.collect.http.HttpCollector;
import dev.opsgrade.collect.tls.TlsCollector;
import dev.opsgrade.collect.traefik.TraefikCollector;
import java.util.List;

/** Every collector opsgrade runs. Adding a source system: its collector here. */
public final class Collectors {
  private Collectors() {}

  public static List<Collector> standard() {
    return List.of(
        new TraefikCollector(),
        new AutheliaCollector(),
        new HttpCollector(),
        new TlsCollector(),
        new DnsCollector());
  }
}
