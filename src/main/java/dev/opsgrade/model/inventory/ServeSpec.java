package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.Optional;

public record ServeSpec(
    String listen,
    Optional<String> passwordFile,
    Optional<SecretRef> metricsToken,
    Duration probeInterval,
    Duration assessEvery) {}
