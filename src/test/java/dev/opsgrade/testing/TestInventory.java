package dev.opsgrade.testing;

import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.ProxySpec;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An inventory as the loader would freeze it, with the proxy, endpoints and probe settings set. */
public final class TestInventory {
  private Optional<String> api = Optional.empty();
  private Optional<ProxySpec.BasicAuth> basicAuth = Optional.empty();
  private Optional<String> rulesDir = Optional.empty();
  private final Map<String, String> entrypoints = new LinkedHashMap<>();
  private Optional<String> autheliaConfig = Optional.empty();
  private Optional<String> portal = Optional.empty();
  private final List<EndpointSpec> endpoints = new ArrayList<>();
  private int samples = 3;
  private Duration timeout = Duration.ofSeconds(5);
  private List<String> resolvers = List.of();
  private Optional<String> ca = Optional.empty();

  public TestInventory api(String url) {
    api = Optional.of(url);
    return this;
  }

  public TestInventory basicAuth(String user, SecretRef password) {
    basicAuth = Optional.of(new ProxySpec.BasicAuth(user, password));
    return this;
  }

  public TestInventory rulesDir(String dir) {
    rulesDir = Optional.of(dir);
    return this;
  }

  public TestInventory entrypoint(String name, String address) {
    entrypoints.put(name, address);
    return this;
  }

  public TestInventory authelia(String config, String portalUrl) {
    autheliaConfig = Optional.of(config);
    portal = Optional.of(portalUrl);
    return this;
  }

  public TestInventory endpoint(String name, String url, String auth) {
    endpoints.add(
        new EndpointSpec(
            name, url, new EndpointSpec.Expect(List.of(200), Duration.ofSeconds(2), auth)));
    return this;
  }

  public TestInventory probe(int sampleCount, Duration probeTimeout) {
    samples = sampleCount;
    timeout = probeTimeout;
    return this;
  }

  public TestInventory resolvers(String... servers) {
    resolvers = List.of(servers);
    return this;
  }

  public TestInventory ca(String pem) {
    ca = Optional.of(pem);
    return this;
  }

  public Inventory build() {
    boolean proxy = api.isPresent() || rulesDir.isPresent() || autheliaConfig.isPresent();
    Optional<ProxySpec.Traefik> traefik =
        api.isPresent() || rulesDir.isPresent()
            ? Optional.of(new ProxySpec.Traefik(api, basicAuth, rulesDir, Map.copyOf(entrypoints)))
            : Optional.empty();
    Optional<ProxySpec.Authelia> authelia =
        autheliaConfig.isPresent()
            ? Optional.of(new ProxySpec.Authelia(autheliaConfig, portal))
            : Optional.empty();
    return new Inventory(
        "lab",
        ".",
        "opsgrade.yaml",
        List.of(),
        proxy ? Optional.of(new ProxySpec(traefik, authelia)) : Optional.empty(),
        List.copyOf(endpoints),
        new ProbeSpec(samples, timeout, resolvers, ca),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }
}
