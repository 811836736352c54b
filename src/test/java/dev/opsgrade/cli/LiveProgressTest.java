package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.CollectionRunner.ProgressEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress at a terminal (redrawn lines) and when piped or in CI (plain log lines). */
class LiveProgressTest {
  private static final String CLEAR = "\u001b[2K";

  @Test
  void redrawsOneLinePerCollectorInPlace() {
    StringWriter screen = new StringWriter();
    AtomicLong nanos = new AtomicLong();
    LiveProgress progress = new LiveProgress(new PrintWriter(screen), nanos::get, false);

    progress.accept(new ProgressEvent("compose", false, Duration.ZERO, "running"));
    nanos.set(Duration.ofMillis(300).toNanos());
    progress.accept(new ProgressEvent("git", false, Duration.ZERO, "running"));
    nanos.set(Duration.ofMillis(1200).toNanos());
    progress.accept(new ProgressEvent("compose", true, Duration.ofMillis(1200), "42 facts"));
    progress.close();

    assertThat(screen.toString())
        .isEqualTo(
            CLEAR
                + "  running  compose          0.0 s\n"
                + "\r\u001b[1A"
                + CLEAR
                + "  running  compose          0.3 s\n"
                + CLEAR
                + "  running  git              0.0 s\n"
                + "\r\u001b[2A"
                + CLEAR
                + "  done     compose          1.2 s  42 facts\n"
                + CLEAR
                + "  running  git              0.9 s\n"
                + "\r\u001b[2A"
                + CLEAR
                + "  done     compose          1.2 s  42 facts\n"
                + CLEAR
                + "  running  git              0.9 s\n");
  }

  @Test
  void aTickerKeepsRunningTimesCurrent() throws InterruptedException {
    StringWriter screen = new StringWriter();
    AtomicLong nanos = new AtomicLong();
    try (LiveProgress progress = new LiveProgress(new PrintWriter(screen), nanos::get, true)) {
      progress.accept(new ProgressEvent("docker", false, Duration.ZERO, "running"));
      nanos.set(Duration.ofSeconds(3).toNanos());
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!screen.toString().contains("docker           3.0 s")
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    assertThat(screen.toString()).contains("running  docker           3.0 s");
  }

  @Test
  void plainLinesNameEachFinishedCollectorAndOnlyVerboseShowsStarts() {
    StringWriter log = new StringWriter();
    Progress plain = new Progress(new PrintWriter(log), false, false);
    plain.accept(new ProgressEvent("git", false, Duration.ZERO, "running"));
    plain.accept(new ProgressEvent("git", true, Duration.ofMillis(2500), "3 facts"));
    StringWriter verboseLog = new StringWriter();
    Progress verbose = new Progress(new PrintWriter(verboseLog), false, true);
    verbose.accept(new ProgressEvent("git", false, Duration.ZERO, "running"));
    StringWriter quietLog = new StringWriter();
    new Progress(new PrintWriter(quietLog), true, true)
        .accept(new ProgressEvent("git", true, Duration.ofMillis(2500), "3 facts"));

    assertThat(log.toString()).isEqualTo("collect git            done in   2.5 s: 3 facts\n");
    assertThat(verboseLog.toString()).isEqualTo("collect git            running\n");
    assertThat(quietLog.toString()).isEmpty();
    assertThat(log.toString()).doesNotContain("\u001b");
  }
}
