package dev.opsgrade.serve.web;

import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.slo.SloStatus;
import java.util.List;
import java.util.Optional;

/**
 * One monitored service as the status matrix shows it: its last probe, availability over 24 hours,
 * 7 and 30 days (empty: nothing probed), one availability per day for the bar, the 95th percentile
 * latency of the last day, and where its SLO stands.
 */
record ServiceRow(
    String name,
    boolean publicBadge,
    Optional<ProbeSample> last,
    Optional<Double> day,
    Optional<Double> week,
    Optional<Double> month,
    List<Optional<Double>> days,
    Optional<Double> p95Millis,
    SloStatus slo) {}
