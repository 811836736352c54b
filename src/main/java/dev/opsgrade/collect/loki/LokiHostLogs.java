package dev.opsgrade.collect.loki;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The newest log line Loki holds for one inventory host (selected by its host label) within the
 * window looked at (twice the allowed silence); empty when there is none in that window.
 */
@FactKind("loki.host-logs")
public record LokiHostLogs(
    String host,
    String selector,
    Instant windowStart,
    Instant windowEnd,
    Optional<Instant> newestLine,
    long maxSilenceSeconds,
    int streams) {}
