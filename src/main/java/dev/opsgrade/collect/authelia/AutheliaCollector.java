package dev.opsgrade.collect.authelia;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProxySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads Authelia's access_control rules from proxy.authelia.config. */
public final class AutheliaCollector implements Collector {
  public static final String NAME = "authelia";
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return config(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Path file = context.resolve(config(inventory).orElseThrow());
    String shown = context.relative(file);
    try {
      if (Files.size(file) > MAX_BYTES) {
        context.run(
            NAME,
            shown,
            CollectorRun.Outcome.FAILED,
            shown + " is over 4 MiB: not an Authelia configuration");
        return;
      }
      AutheliaAccessControl control =
          AccessControlReader.read(shown, Files.readString(file, StandardCharsets.UTF_8));
      context.fact(shown, Location.file(shown, 1), control);
      context.run(
          NAME,
          shown,
          CollectorRun.Outcome.OK,
          control.rules().size()
              + " access_control rules, default_policy "
              + control.defaultPolicy());
    } catch (IOException e) {
      context.run(
          NAME, shown, CollectorRun.Outcome.FAILED, shown + " cannot be read: " + e.getMessage());
    } catch (AccessControlReader.ConfigException e) {
      context.run(NAME, shown, CollectorRun.Outcome.FAILED, e.getMessage());
    }
  }

  private static Optional<String> config(Inventory inventory) {
    return inventory.proxy().flatMap(ProxySpec::authelia).flatMap(ProxySpec.Authelia::config);
  }
}
