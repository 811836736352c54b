package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.Optional;

public record DrSpec(
    Optional<String> playbooks,
    Optional<String> checkPlaybook,
    Duration rtoTarget,
    Optional<Drill> drill,
    Optional<String> checkInventory) {

  public record Drill(String restic, int verifySample) {}
}
