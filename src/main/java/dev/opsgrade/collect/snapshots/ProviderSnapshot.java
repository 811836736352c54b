package dev.opsgrade.collect.snapshots;

import java.time.Instant;
import java.util.Optional;

/**
 * One provider snapshot of an instance: its id and name, when it was taken, and when the provider
 * will delete it on its own (Contabo deletes snapshots after a while).
 */
public record ProviderSnapshot(
    String id,
    String name,
    String description,
    Optional<Instant> createdAt,
    Optional<Instant> autoDeleteAt) {}
