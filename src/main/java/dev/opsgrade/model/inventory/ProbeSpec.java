package dev.opsgrade.model.inventory;

import java.time.Duration;

public record ProbeSpec(int samples, Duration timeout) {}
