package dev.opsgrade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real program the test starts in the foreground and stops by its own process handle. */
public final class Daemon implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private Daemon(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static Daemon start(String name, List<String> command, Path log) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Daemon(name, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start " + name + " (is its Debian package installed?)", e);
    }
  }

  /** Waits until a TCP port accepts connections. */
  public Daemon awaitTcp(int port, Duration within) {
    long end = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited: " + output());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return this;
      } catch (IOException e) {
        sleep(50);
      }
    }
    throw new IllegalStateException(name + " did not listen on " + port + ": " + output());
  }

  /** Waits a moment for a UDP service (nothing to connect to) and checks it is still alive. */
  public Daemon awaitAlive(Duration settle) {
    sleep(settle.toMillis());
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited: " + output());
    }
    return this;
  }

  public long pid() {
    return process.pid();
  }

  public String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
