package dev.opsgrade.collect.backup;

import java.time.Instant;
import java.util.List;

/** One restic snapshot or borg archive, as the tool lists it. */
public record Snapshot(
    String id, Instant time, String hostname, List<String> tags, List<String> paths) {}
