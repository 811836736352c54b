package dev.opsgrade.history;

import java.time.Instant;
import java.util.List;

/**
 * A child process for {@link ProbeCrashTest}: writes probe samples of monitor "crash" one second
 * apart, in batches of 10, forever, printing each batch's last index once it is committed.
 */
public final class ProbeWriterMain {
  private ProbeWriterMain() {}

  public static void main(String[] args) {
    Instant base = Instant.parse(args[1]);
    try (HistoryStore history = HistoryStore.open(args[0])) {
      ProbeStore store = history.probes();
      for (int batch = 0; ; batch++) {
        ProbeSample[] samples = new ProbeSample[10];
        for (int i = 0; i < 10; i++) {
          int n = batch * 10 + i;
          samples[i] = new ProbeSample("crash", base.plusSeconds(n), n % 5 != 0, 2, n % 100, "");
        }
        store.record(List.of(samples));
        store.heartbeat(base.plusSeconds(batch * 10L));
        System.out.println(batch * 10 + 9);
        System.out.flush();
      }
    }
  }
}
