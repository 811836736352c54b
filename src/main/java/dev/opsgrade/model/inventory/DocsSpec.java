package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

public record DocsSpec(
    String path, Optional<String> inventory, Duration maxAge, List<ClaimPattern> claims) {

  /** A user's own claim kind: a regex whose first group is the number, and the fact it names. */
  public record ClaimPattern(String pattern, String fact) {}
}
