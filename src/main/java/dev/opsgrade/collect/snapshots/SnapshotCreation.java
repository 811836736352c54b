package dev.opsgrade.collect.snapshots;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot opsgrade was asked to take (assess --create-snapshot HOST): what the provider said,
 * whether it was listed as taken before the deadline, and how long the wait was.
 */
@FactKind("snapshot.created")
public record SnapshotCreation(
    String provider,
    String host,
    String instance,
    Optional<String> snapshotId,
    String name,
    Instant requestedAt,
    Optional<Instant> completedAt,
    long waitedMillis,
    Outcome outcome,
    String detail) {

  /** How the request ended. */
  public enum Outcome {
    /** The provider lists the snapshot as taken. */
    COMPLETE,
    /** Accepted, but not listed as taken before the deadline. */
    NOT_COMPLETE,
    /** The provider refused or could not be asked. */
    FAILED
  }
}
