package dev.opsgrade.cli;

import java.time.Clock;
import java.util.Map;

/**
 * What the phases, accept, waive and journal commands take from outside: the inventory loader, the
 * clock and the environment (for secrets). Tests pass their own; {@link #standard()} is the real
 * one.
 */
public record CommandEnvironment(
    InventorySource inventories, Clock clock, Map<String, String> environment) {

  public static CommandEnvironment standard() {
    return new CommandEnvironment(InventorySource.standard(), Clock.systemUTC(), System.getenv());
  }
}
