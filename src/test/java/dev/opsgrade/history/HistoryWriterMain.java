package dev.opsgrade.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A second process for {@link SqliteHistoryFileTest}: waits for the go file so that both writers
 * start together, then opens the store (racing the other's migration) and records assessments.
 * Arguments: jdbc url, go file, first second, count.
 */
public final class HistoryWriterMain {
  private HistoryWriterMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path go = Path.of(args[1]);
    long first = Long.parseLong(args[2]);
    int count = Integer.parseInt(args[3]);
    SampleAssessments.homelab("warmup", Instant.EPOCH, 0);
    System.out.println("ready");
    System.out.flush();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(go)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no go file " + go + " within 60 s");
      }
      Thread.sleep(5);
    }
    try (HistoryStore store = HistoryStore.open(url)) {
      for (int i = 0; i < count; i++) {
        Instant collectedAt = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(first + i);
        store.record(SampleAssessments.homelab("homelab", collectedAt, i % 7), collectedAt);
      }
    }
  }
}
