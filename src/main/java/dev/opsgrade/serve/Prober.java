package dev.opsgrade.serve;

import java.time.Duration;

/**
 * Probes one monitor once. Must give up by {@code deadline}; the scheduler enforces it anyway. The
 * HTTP prober of collect/http will replace {@link HttpProber} behind this interface.
 */
public interface Prober {
  ProbeResult probe(Monitor monitor, Duration deadline) throws InterruptedException;
}
