package dev.opsgrade.config;

import dev.opsgrade.model.inventory.SecretRef;

/**
 * Stand-ins for values that were missing or wrong, so binding can go on and find every problem.
 * Never seen by anyone: the loader throws when there was a problem.
 */
final class Placeholders {
  static final SecretRef SECRET = SecretRef.env("INVALID");

  private Placeholders() {}
}
