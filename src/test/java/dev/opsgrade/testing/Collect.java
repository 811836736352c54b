package dev.opsgrade.testing;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs real collectors the way the pipeline does and reads their evidence back. */
public final class Collect {
  private Collect() {}

  public static Evidence run(
      Inventory inventory, Path baseDir, Map<String, String> environment, Collector... collectors) {
    CollectContext context =
        new CollectContext(
            baseDir,
            Clock.systemUTC(),
            inventory.probe().timeout(),
            environment,
            CollectContext.Options.readOnly());
    EvidenceBundle bundle =
        new CollectionRunner(List.of(collectors), e -> {}, Duration.ofMinutes(2))
            .collect(inventory, context, "test");
    return new Evidence(bundle);
  }
}
