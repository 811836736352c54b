package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.compose.ComposeReader;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routers that the inventory's compose files declare in Traefik labels, read from the files
 * rather than from the proxy, so they are probed when the API is down or not configured, and those
 * the running proxy did not load can be named. Services outside the active profiles are left out,
 * as Compose would not start them. A compose file that cannot be read gives no routers here: the
 * compose collector reports why.
 */
final class LabelRouters {
  private LabelRouters() {}

  static List<TraefikRouter> read(Inventory inventory, CollectContext context) {
    ComposeReader reader = new ComposeReader(context.environment(), context::relative);
    Map<String, TraefikRouter> routers = new LinkedHashMap<>();
    for (HostSpec host : inventory.hosts()) {
      for (String file : host.compose()) {
        for (ComposeService service : reader.read(host.name(), context.resolve(file)).services()) {
          if (service.activeProfile()) {
            TraefikLabels.routers(service.labels(), service.service())
                .forEach(r -> routers.putIfAbsent(r.name(), r));
          }
        }
      }
    }
    return new ArrayList<>(routers.values());
  }
}
