package dev.opsgrade.collect.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real server (Prometheus, Alertmanager, node exporter) started by a test on loopback, with its
 * output in a log file beside its data, and a bounded wait until it says it is ready.
 */
public final class Daemon implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private Daemon(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static Daemon start(String name, List<String> command, Path dir, String readyUrl)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path log = dir.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Daemon daemon = new Daemon(name, process, log);
    daemon.awaitReady(readyUrl, Duration.ofSeconds(30));
    return daemon;
  }

  private void awaitReady(String readyUrl, Duration maxWait)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + maxWait.toNanos();
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
      while (System.nanoTime() < end) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited at start:\n" + logTail());
        }
        try {
          HttpRequest request =
              HttpRequest.newBuilder(URI.create(readyUrl)).timeout(Duration.ofSeconds(2)).build();
          if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet: try again shortly
        }
        Thread.sleep(200);
      }
    }
    close();
    throw new IllegalStateException(name + " not ready within " + maxWait + ":\n" + logTail());
  }

  public String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
