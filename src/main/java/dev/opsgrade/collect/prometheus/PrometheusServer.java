package dev.opsgrade.collect.prometheus;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The server itself: version, the retention flags as given on its command line, the effective
 * retention it reports at runtime ("15d", "30d or 10GiB"), and whether its last reload worked.
 */
@FactKind("prometheus.server")
public record PrometheusServer(
    Optional<String> version,
    Optional<String> retentionTimeFlag,
    Optional<String> retentionSizeFlag,
    Optional<String> storageRetention,
    Optional<Boolean> reloadConfigSuccess,
    Optional<Instant> startTime) {}
