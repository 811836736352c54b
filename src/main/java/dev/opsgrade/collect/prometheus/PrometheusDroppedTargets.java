package dev.opsgrade.collect.prometheus;

import dev.opsgrade.model.FactKind;
import java.util.Map;

/**
 * Targets that service discovery found and relabelling dropped, counted per job: not scraped on
 * purpose (or by mistake, which the count makes visible).
 */
@FactKind("prometheus.dropped-targets")
public record PrometheusDroppedTargets(int total, Map<String, Integer> byJob) {}
