package dev.opsgrade.model;

import dev.opsgrade.model.inventory.Inventory;
import java.time.Instant;
import java.util.List;

/**
 * Everything an assessment is computed from: the inventory (secrets only by reference), the time of
 * collection, what each collector did, and the facts. Checks see nothing else, so a saved bundle
 * re-grades to the same result.
 */
public record EvidenceBundle(
    int formatVersion,
    String opsgradeVersion,
    Instant collectedAt,
    Inventory inventory,
    List<CollectorRun> collectors,
    List<Fact> facts) {

  public static final int FORMAT_VERSION = 1;
}
