package dev.opsgrade.serve;

import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.LiveTargets;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Probes the routes and endpoints the HTTP collector found, with the collector's own probe. */
public final class TargetProber implements Prober {
  private volatile Map<String, LiveTargets.Target> targets = Map.of();

  public TargetProber(List<LiveTargets.Target> targets) {
    update(targets);
  }

  /** Probes these targets from now on (after a new discovery). */
  public void update(List<LiveTargets.Target> found) {
    Map<String, LiveTargets.Target> byName = new LinkedHashMap<>();
    found.forEach(t -> byName.put(t.name(), t));
    this.targets = java.util.Collections.unmodifiableMap(byName);
  }

  /** One monitor per target, in discovery order. */
  public List<Monitor> monitors() {
    List<Monitor> monitors = new ArrayList<>();
    for (LiveTargets.Target target : targets.values()) {
      monitors.add(
          new Monitor(
              target.name(), target.group(), URI.create(target.url()), target.expectedStatus()));
    }
    return List.copyOf(monitors);
  }

  @Override
  public ProbeResult probe(Monitor monitor, Duration deadline) {
    LiveTargets.Target target = targets.get(monitor.name());
    if (target == null) { // removed by a discovery while its loop was ending
      return ProbeResult.noAnswer(
          Duration.ZERO, "removed", monitor.name() + " is no longer a target");
    }
    HttpProbe.Sample sample = target.probe(deadline);
    Duration latency = Duration.ofMillis(sample.millis());
    int statusClass = sample.status().map(s -> s / 100).orElse(0);
    if (target.up(sample)) {
      return ProbeResult.up(statusClass, latency);
    }
    return new ProbeResult(false, statusClass, latency, sample.outcome().label(), sample.detail());
  }
}
