package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.Optional;

public record DrSpec(
    Optional<String> playbooks,
    Optional<String> checkPlaybook,
    Duration rtoTarget,
    Optional<Drill> drill,
    Optional<String> checkInventory) {

  /**
   * What {@code opsgrade drill} restores: the repository named {@code repository} under {@code
   * backup.<tool>} ("restic" or "borg"), how many restored files it compares, and the checksum
   * manifest it compares them with when the live source is not readable.
   */
  public record Drill(
      String tool, String repository, int verifySample, Optional<String> manifest) {}
}
