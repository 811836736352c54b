package dev.opsgrade.bench;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.serve.HttpProber;
import dev.opsgrade.serve.Monitor;
import dev.opsgrade.serve.ProbeRecorder;
import dev.opsgrade.serve.ProbeScheduler;
import dev.opsgrade.serve.RoundJudge;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The probing half of {@code opsgrade serve} on its own, for {@link ServeBench}: the same
 * scheduler, prober, recorder and SQLite store, monitors read from a file of URLs (one a line).
 * Runs until killed (SIGTERM: closes cleanly). Args: history url, url file, interval seconds.
 */
public final class ServeProbeChild {
  private ServeProbeChild() {}

  public static void main(String[] args) throws Exception {
    List<Monitor> monitors = new ArrayList<>();
    List<String> urls = Files.readAllLines(Path.of(args[1]));
    for (int i = 0; i < urls.size(); i++) {
      monitors.add(new Monitor("m-" + i, URI.create(urls.get(i)), List.of(200)));
    }
    Duration interval = Duration.ofSeconds(Long.parseLong(args[2]));
    HistoryStore history = HistoryStore.open(args[0]);
    ProbeRecorder recorder =
        new ProbeRecorder(
            history.probes(),
            Clock.systemUTC(),
            Duration.ofSeconds(1),
            new RoundJudge(interval, ProbeScheduler.deadlineFor(interval)));
    ProbeScheduler scheduler =
        new ProbeScheduler(
            new HttpProber(Duration.ofSeconds(5)), recorder, Clock.systemUTC(), interval);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    scheduler.close();
                    recorder.close();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  history.close();
                }));
    scheduler.start(monitors);
    System.out.println("probing " + monitors.size());
    System.out.flush();
    Thread.currentThread().join();
  }
}
