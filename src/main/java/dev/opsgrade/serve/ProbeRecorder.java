package dev.opsgrade.serve;

import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.history.ProbeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one writer of probe history: probes hand their results over and go on; this thread passes
 * them through the {@link RoundJudge} and writes what it settled in batches with a heartbeat, so a
 * slow database never delays a probe.
 */
public final class ProbeRecorder implements Consumer<Probed>, AutoCloseable {
  private static final int BATCH = 1000;

  private final ProbeStore store;
  private final Clock clock;
  private final Duration flushEvery;
  private final RoundJudge judge;
  private final BlockingQueue<Probed> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Optional<String> lastError = Optional.empty();

  public ProbeRecorder(ProbeStore store, Clock clock, Duration flushEvery, RoundJudge judge) {
    this.store = store;
    this.clock = clock;
    this.flushEvery = flushEvery;
    this.judge = judge;
    this.writer = Thread.ofPlatform().name("opsgrade-probe-writer").daemon().start(this::run);
  }

  @Override
  public void accept(Probed probed) {
    if (closing) {
      throw new IllegalStateException("the probe recorder is closed");
    }
    queue.add(probed);
  }

  /** Writes everything queued or held for judging and stops the writer. */
  @Override
  public void close() throws InterruptedException {
    closing = true;
    closed.countDown();
    writer.join(); // no interrupt: it could land inside a JDBC call; `closed` ends its wait
    drainQueue();
    write(judge.all());
  }

  /**
   * Wakes once per {@code flushEvery}, not once per probe handed over: with a probe arriving every
   * few milliseconds, waking per probe wrote a heartbeat (a connection and a transaction) each
   * time.
   */
  private void run() {
    long next = System.nanoTime();
    while (!closing) {
      try {
        next += flushEvery.toNanos();
        long wait = next - System.nanoTime();
        if (wait
            <= 0) { // the last write took longer than the interval: flush now, count on from here
          next = System.nanoTime();
        } else if (closed.await(wait, TimeUnit.NANOSECONDS)) {
          return; // close() writes the rest
        }
        drainQueue();
        store.heartbeat(clock.instant());
        write(judge.settled(clock.instant()));
        lastError = Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // close() writes the rest
      } catch (RuntimeException e) {
        lastError = Optional.of(String.valueOf(e.getMessage()));
        System.err.println("opsgrade serve: cannot write probe history: " + e.getMessage());
      }
    }
  }

  /** Why the last write failed; empty when it went through. */
  public Optional<String> lastError() {
    return lastError;
  }

  private void drainQueue() {
    List<Probed> taken = new ArrayList<>();
    queue.drainTo(taken);
    taken.forEach(judge::add);
  }

  private void write(List<ProbeSample> samples) {
    for (int from = 0; from < samples.size(); from += BATCH) {
      store.record(samples.subList(from, Math.min(samples.size(), from + BATCH)));
    }
  }
}
