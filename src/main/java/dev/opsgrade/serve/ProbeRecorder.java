package dev.opsgrade.serve;

import dev.opsgrade.history.ProbeSample;
import dev.opsgrade.history.ProbeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one writer of probe history: probes hand their samples over and go on; this thread writes
 * them in batches with a heartbeat, so a slow database never delays a probe.
 */
public final class ProbeRecorder implements Consumer<ProbeSample>, AutoCloseable {
  private static final int BATCH = 1000;

  private final ProbeStore store;
  private final Clock clock;
  private final Duration flushEvery;
  private final BlockingQueue<ProbeSample> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;

  public ProbeRecorder(ProbeStore store, Clock clock, Duration flushEvery) {
    this.store = store;
    this.clock = clock;
    this.flushEvery = flushEvery;
    this.writer = Thread.ofPlatform().name("opsgrade-probe-writer").daemon().start(this::run);
  }

  @Override
  public void accept(ProbeSample sample) {
    if (closing) {
      throw new IllegalStateException("the probe recorder is closed");
    }
    queue.add(sample);
  }

  /** Writes what is queued and stops the writer. */
  @Override
  public void close() throws InterruptedException {
    closing = true;
    writer.join(); // no interrupt: it could land inside a JDBC call; the poll ends by itself
    writeBatches();
  }

  private void run() {
    while (!closing) {
      try {
        ProbeSample first = queue.poll(flushEvery.toMillis(), TimeUnit.MILLISECONDS);
        if (first != null) {
          queue.add(first); // order within a batch does not matter: rows carry their time
        }
        writeBatches();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // close() writes the rest
      } catch (RuntimeException e) {
        System.err.println("opsgrade serve: cannot write probe history: " + e.getMessage());
      }
    }
  }

  private void writeBatches() {
    store.heartbeat(clock.instant());
    List<ProbeSample> batch = new ArrayList<>();
    while (queue.drainTo(batch, BATCH) > 0) {
      store.record(batch);
      batch.clear();
    }
  }
}
