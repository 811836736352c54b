package dev.opsgrade.config;

import dev.opsgrade.model.inventory.ProxySpec;
import java.util.Optional;

/** {@code proxy:} Traefik's API and rules, and the Authelia portal. */
final class ProxyBinder {
  private ProxyBinder() {}

  static ProxySpec bind(YamlMap proxy) {
    proxy.allowKeys("traefik", "authelia");
    return new ProxySpec(
        proxy.map("traefik", ProxyBinder::traefik), proxy.map("authelia", ProxyBinder::authelia));
  }

  private static ProxySpec.Traefik traefik(YamlMap traefik) {
    traefik.allowKeys("api", "auth", "rules_dir", "entrypoints");
    Optional<ProxySpec.BasicAuth> basic = traefik.map("auth").flatMap(ProxyBinder::auth);
    return new ProxySpec.Traefik(
        traefik.get("api", Formats.HTTP_URL_TYPE),
        basic,
        traefik.get("rules_dir", Types.TEXT),
        traefik.scalarMap("entrypoints", Formats.HTTP_URL_TYPE));
  }

  private static Optional<ProxySpec.BasicAuth> auth(YamlMap auth) {
    auth.allowKeys("basic");
    return auth.map("basic", ProxyBinder::basic);
  }

  private static ProxySpec.BasicAuth basic(YamlMap basic) {
    basic.allowKeys("user", "password", "password_file");
    return new ProxySpec.BasicAuth(
        basic.required("user", Types.TEXT).orElse(""),
        basic.requiredSecret("password").orElse(Placeholders.SECRET));
  }

  private static ProxySpec.Authelia authelia(YamlMap authelia) {
    authelia.allowKeys("config", "portal");
    return new ProxySpec.Authelia(
        authelia.get("config", Types.TEXT), authelia.get("portal", Formats.HTTP_URL_TYPE));
  }
}
