package dev.opsgrade.history;

import java.time.Instant;

/** The probes of one monitor in one bucket: how many, how many failed, and their latencies. */
public record Rollup(
    String monitor,
    Resolution resolution,
    Instant bucket,
    long probes,
    long failures,
    double latencySumMillis,
    LatencyHistogram latency) {}
