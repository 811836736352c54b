package dev.opsgrade.collect.traefik;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP router, from the API of the running proxy or from a file-provider rules file. {@code
 * name} is qualified ("grafana@docker"); {@code middlewares} and {@code service} are as written (a
 * reference without "@" means the router's own provider). {@code targets} are the hosts and paths
 * its rule routes; {@code status} is the API's (enabled, disabled, warning) or "configured" for a
 * file that the proxy may or may not have loaded.
 */
@FactKind("traefik.router")
public record TraefikRouter(
    String name,
    String provider,
    ConfigSource source,
    String rule,
    List<TraefikRule.Alternative> targets,
    Optional<String> ruleError,
    List<String> entrypoints,
    boolean tls,
    List<String> middlewares,
    String service,
    String status,
    List<String> errors) {

  public List<String> hosts() {
    return new TraefikRule.Parsed(targets, ruleError).hosts();
  }
}
