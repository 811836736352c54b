package dev.opsgrade.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Probes every monitor at its interval, each on a virtual thread of its own, starting at a random
 * offset within the first interval so that probes do not all fire at once. A probe gets a hard
 * deadline below the interval: a hanging target costs its own monitor one failed probe per tick and
 * never delays another monitor.
 */
public final class ProbeScheduler implements AutoCloseable {
  /** The deadline is this share of the interval, leaving time to record before the next tick. */
  static final double DEADLINE_SHARE = 0.8;

  private final Prober prober;
  private final Consumer<Probed> sink;
  private final Clock clock;
  private final Duration interval;
  private final Duration deadline;
  private volatile boolean stopped;
  private final ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<Monitor, Thread> loops = new LinkedHashMap<>();

  public ProbeScheduler(Prober prober, Consumer<Probed> sink, Clock clock, Duration interval) {
    if (interval.toMillis() < 100) {
      throw new IllegalArgumentException(
          "serve.probe_interval must be at least 100ms, not " + interval);
    }
    this.prober = prober;
    this.sink = sink;
    this.clock = clock;
    this.interval = interval;
    this.deadline = deadlineFor(interval);
  }

  /** The hard deadline of each probe at this interval. */
  public static Duration deadlineFor(Duration interval) {
    return Duration.ofMillis((long) (interval.toMillis() * DEADLINE_SHARE));
  }

  public Duration deadline() {
    return deadline;
  }

  public synchronized void start(List<Monitor> monitors) {
    update(monitors);
  }

  /**
   * Probes exactly these monitors from now on: a monitor no longer listed stops (a probe of it in
   * flight is abandoned), a new one starts at a random offset, one still listed goes on untouched.
   */
  public synchronized void update(List<Monitor> monitors) {
    if (stopped) {
      return;
    }
    Set<Monitor> wanted = new HashSet<>(monitors);
    loops
        .entrySet()
        .removeIf(
            loop -> {
              boolean gone = !wanted.contains(loop.getKey());
              if (gone) {
                loop.getValue().interrupt();
              }
              return gone;
            });
    for (Monitor monitor : monitors) {
      if (!loops.containsKey(monitor)) {
        long jitter = ThreadLocalRandom.current().nextLong(interval.toMillis());
        loops.put(
            monitor,
            Thread.ofVirtual()
                .name("opsgrade-probe-" + monitor.name())
                .start(() -> loop(monitor, jitter)));
      }
    }
  }

  /** The monitors being probed. */
  public synchronized List<Monitor> monitors() {
    return List.copyOf(loops.keySet());
  }

  private void loop(Monitor monitor, long jitterMillis) {
    long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(jitterMillis);
    try {
      while (!stopped && !Thread.currentThread().isInterrupted()) {
        // A sleep, not a timed wait on a latch shared by every loop: a thousand timed waiters on
        // one latch cost a scan of its queue at each wake-up. close() interrupts the sleep.
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        if (stopped) {
          return;
        }
        Probed probed = probeOnce(monitor);
        try {
          sink.accept(probed);
        } catch (RuntimeException e) { // one bad hand-over must not end this monitor's probing
          System.err.println("opsgrade serve: probe of " + monitor.name() + " not kept: " + e);
        }
        next += interval.toNanos();
        long now = System.nanoTime();
        if (next < now) { // a paused JVM: skip the missed ticks instead of bursting
          next = now + interval.toNanos() - Math.floorMod(now - next, interval.toNanos());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closing
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closing: the probe executor is shut down
    }
  }

  Probed probeOnce(Monitor monitor) throws InterruptedException {
    Instant at = clock.instant();
    long start = System.nanoTime();
    Future<ProbeResult> result = probes.submit(() -> prober.probe(monitor, deadline));
    ProbeResult seen;
    try {
      seen = result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      seen =
          ProbeResult.noAnswer(
              Duration.ofNanos(System.nanoTime() - start),
              "timeout",
              "no answer from " + monitor.url() + " within " + deadline.toMillis() + " ms");
    } catch (ExecutionException e) {
      seen =
          ProbeResult.noAnswer(
              Duration.ofNanos(System.nanoTime() - start),
              "probe_error",
              "probe of " + monitor.url() + " failed: " + e.getCause());
    }
    return new Probed(monitor, at, seen);
  }

  /**
   * Stops scheduling. A probe in flight is abandoned, not waited for (a half-done probe is no
   * result): shutting down never waits for a hanging target. Samples already handed on are kept.
   */
  @Override
  public synchronized void close() throws InterruptedException {
    stopped = true;
    loops.values().forEach(Thread::interrupt);
    for (Thread loop : loops.values()) {
      loop.join();
    }
    probes.shutdownNow();
  }
}
