package dev.opsgrade.slo;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an objective stands: availability over its window (empty with no probes), the share of the
 * error budget left (1 untouched, 0 spent, below 0 overspent), burn rates per alert window and the
 * alerts that fire. {@code silenced} is true during maintenance: then nothing fires.
 */
public record SloStatus(
    Objective objective,
    Optional<Double> availability,
    double budgetLeft,
    Map<BurnAlert, Double> longBurn,
    Map<BurnAlert, Double> shortBurn,
    Set<BurnAlert> firing,
    boolean silenced) {}
