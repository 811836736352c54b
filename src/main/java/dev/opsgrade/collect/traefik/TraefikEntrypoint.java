package dev.opsgrade.collect.traefik;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/** An entrypoint of the running proxy (GET /api/entrypoints): its name and listen address. */
@FactKind("traefik.entrypoint")
public record TraefikEntrypoint(String name, String address) {

  /** ":443" or "0.0.0.0:8443" -> 443 / 8443. */
  public Optional<Integer> port() {
    int colon = address.lastIndexOf(':');
    String digits = colon < 0 ? "" : address.substring(colon + 1).replaceAll("/.*", "");
    return digits.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
  }
}
