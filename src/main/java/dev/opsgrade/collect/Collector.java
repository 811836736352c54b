package dev.opsgrade.collect;

import dev.opsgrade.model.inventory.Inventory;

/**
 * Reads one source system, read-only. A collector that cannot reach its system records that as a
 * {@link dev.opsgrade.model.CollectorRun} with the reason; only programming errors throw.
 */
public interface Collector {

  /** The system's name, as in the evidence ("compose", "docker", "git"). */
  String name();

  /** Whether the inventory configures anything for this collector. */
  boolean configured(Inventory inventory);

  void collect(Inventory inventory, CollectContext context);
}
