package dev.opsgrade.collect.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one of a process's streams to its end on a virtual thread, keeping the first {@code cap}
 * bytes and dropping the rest (so the process never blocks on a full pipe). What was read can be
 * taken at any time, also while a child that outlived the process holds the pipe open.
 */
final class CappedReader {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final int cap;

  private CappedReader(int cap) {
    this.cap = cap;
  }

  static CappedReader start(InputStream stream, int cap) {
    CappedReader reader = new CappedReader(cap);
    Thread.ofVirtual().name("external-command-output").start(() -> reader.readAll(stream));
    return reader;
  }

  private void readAll(InputStream stream) {
    byte[] buffer = new byte[8192];
    try (stream) {
      int read;
      while ((read = stream.read(buffer)) >= 0) {
        keep(buffer, read);
      }
    } catch (IOException e) {
      // Killing a process closes its pipes under this reader: what was read is what there is, and
      // the runner, not this reader, says that the process was killed.
    } finally {
      ended.countDown();
    }
  }

  private void keep(byte[] buffer, int read) {
    synchronized (kept) {
      int room = cap - kept.size();
      kept.write(buffer, 0, Math.max(0, Math.min(room, read)));
    }
  }

  /** Whether the stream ended by {@code deadline} (a System.nanoTime value). */
  boolean awaitEnd(long deadline) throws InterruptedException {
    return ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** What was kept so far. */
  String text() {
    synchronized (kept) {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }
}
