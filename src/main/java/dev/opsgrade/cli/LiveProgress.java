package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectionRunner.ProgressEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Collector progress at a terminal: one line per collector, redrawn in place (cursor up, clear
 * line) as collectors start and finish, with the time each has taken so far.
 */
final class LiveProgress implements ProgressDisplay {
  static final String CLEAR_LINE = "\u001b[2K";
  private static final long TICK_MILLIS = 250;

  /** One collector: when it started, and once finished how long it took and what it gave. */
  record Line(String collector, long startedNanos, Optional<Duration> took, String outcome) {}

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private final Map<String, Line> lines = new LinkedHashMap<>();
  private final ScheduledExecutorService ticker;
  private int drawn;

  LiveProgress(PrintWriter err, LongSupplier nanoTime, boolean tick) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.ticker = tick ? Executors.newSingleThreadScheduledExecutor(LiveProgress::daemon) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::redraw, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void accept(ProgressEvent event) {
    long now = nanoTime.getAsLong();
    Line previous = lines.get(event.collector());
    long started = previous == null ? now - event.took().toNanos() : previous.startedNanos();
    lines.put(
        event.collector(),
        new Line(
            event.collector(),
            started,
            event.finished() ? Optional.of(event.took()) : Optional.empty(),
            event.outcome()));
    redraw();
  }

  synchronized void redraw() {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    if (drawn > 0) {
      out.append('\r').append("\u001b[").append(drawn).append('A');
    }
    for (String text : render(new ArrayList<>(lines.values()), nanoTime.getAsLong())) {
      out.append(CLEAR_LINE).append(text).append('\n');
    }
    drawn = lines.size();
    err.print(out);
    err.flush();
  }

  /** The lines as shown at {@code nowNanos}: running ones with their time so far. */
  static List<String> render(List<Line> lines, long nowNanos) {
    return lines.stream()
        .map(
            line -> {
              Duration took =
                  line.took().orElse(Duration.ofNanos(Math.max(0, nowNanos - line.startedNanos())));
              String seconds = String.format(Locale.ROOT, "%5.1f s", took.toMillis() / 1000.0);
              return line.took().isPresent()
                  ? String.format(
                      "  done     %-14s %s  %s", line.collector(), seconds, line.outcome())
                  : String.format("  running  %-14s %s", line.collector(), seconds);
            })
        .toList();
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    redraw();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "opsgrade-progress");
    thread.setDaemon(true);
    return thread;
  }
}
