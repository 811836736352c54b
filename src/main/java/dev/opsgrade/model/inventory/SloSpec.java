package dev.opsgrade.model.inventory;

import java.time.Duration;

/** Target as a percentage (99.9), window as a duration. */
public record SloSpec(double target, Duration window) {}
