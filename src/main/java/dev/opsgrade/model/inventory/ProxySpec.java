package dev.opsgrade.model.inventory;

import java.util.Map;
import java.util.Optional;

public record ProxySpec(Optional<Traefik> traefik, Optional<Authelia> authelia) {

  public record Traefik(
      Optional<String> api,
      Optional<BasicAuth> basicAuth,
      Optional<String> rulesDir,
      Map<String, String> entrypoints) {}

  public record BasicAuth(String user, SecretRef password) {}

  public record Authelia(Optional<String> config, Optional<String> portal) {}
}
