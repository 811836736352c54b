package dev.opsgrade.collect.testing;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.Inventory;
import java.time.Duration;
import java.util.List;

/** Runs one real collector the way opsgrade does and judges its evidence with real checks. */
public final class Collect {
  private static final Catalogue CATALOGUE = Catalogue.standard();

  private Collect() {}

  public static Evidence run(Collector collector, Inventory inventory, CollectContext context) {
    CollectionRunner runner =
        new CollectionRunner(List.of(collector), event -> {}, Duration.ofMinutes(3));
    return new Evidence(runner.collect(inventory, context, "test"));
  }

  public static List<Finding> judge(Check check, Evidence evidence) {
    return check.evaluate(evidence, new Findings(CATALOGUE.get(check.id())));
  }
}
