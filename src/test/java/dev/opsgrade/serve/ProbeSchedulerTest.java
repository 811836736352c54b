package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which monitors are probed, as the set changes; counts and order only, never tight times. */
class ProbeSchedulerTest {
  private final Map<String, AtomicInteger> probed = new ConcurrentHashMap<>();

  private final Prober counting =
      (monitor, deadline) -> {
        probed.computeIfAbsent(monitor.name(), n -> new AtomicInteger()).incrementAndGet();
        return ProbeResult.up(2, Duration.ofMillis(1));
      };

  private static Monitor monitor(String name) {
    return new Monitor(name, URI.create("http://127.0.0.1/" + name), List.of(200));
  }

  private int count(String name) {
    return probed.getOrDefault(name, new AtomicInteger()).get();
  }

  /** Waits (up to a minute) until every named monitor was probed {@code more} times again. */
  private void awaitMore(int more, String... names) throws InterruptedException {
    Map<String, Integer> from = new java.util.HashMap<>();
    for (String name : names) {
      from.put(name, count(name));
    }
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      if (from.entrySet().stream().allMatch(e -> count(e.getKey()) >= e.getValue() + more)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not probed " + more + " more times within 60 s: " + probed);
  }

  @Test
  void anUpdateStopsRemovedMonitorsStartsNewOnesAndLeavesTheRestAlone() throws Exception {
    try (ProbeScheduler scheduler =
        new ProbeScheduler(counting, p -> {}, Clock.systemUTC(), Duration.ofMillis(200))) {
      scheduler.start(List.of(monitor("a"), monitor("b")));
      awaitMore(2, "a", "b");

      scheduler.update(List.of(monitor("b"), monitor("c")));
      Thread.sleep(300); // a probe of a in flight at the update may still end
      int aAfter = count("a");
      awaitMore(3, "b", "c");
      assertThat(count("a")).as("a is no longer probed").isEqualTo(aAfter);
      assertThat(scheduler.monitors()).extracting(Monitor::name).containsExactly("b", "c");
    }
    int closed = count("b");
    Thread.sleep(500);
    assertThat(count("b")).as("nothing is probed after close").isEqualTo(closed);
  }
}
