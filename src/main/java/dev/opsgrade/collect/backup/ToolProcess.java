package dev.opsgrade.collect.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a backup tool's command: an environment of our choosing (secrets go there, never on the
 * command line), no input (a prompt fails instead of waiting), a timeout after which the process
 * and its children are killed.
 */
public final class ToolProcess {
  private static final int MAX_STDOUT = 64 * 1024 * 1024;
  private static final int MAX_STDERR = 64 * 1024;

  private ToolProcess() {}

  /** How a command ended, with its output; {@code problem} says why it did not complete. */
  public record Result(Ending ending, int exitCode, String stdout, String stderr, String problem) {
    public boolean succeeded() {
      return ending == Ending.EXITED && exitCode == 0;
    }
  }

  public enum Ending {
    EXITED,
    NOT_INSTALLED,
    TIMED_OUT
  }

  public static Result run(
      List<String> command,
      Map<String, String> environment,
      Optional<Path> directory,
      Duration timeout) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().clear();
    builder.environment().putAll(environment);
    directory.ifPresent(d -> builder.directory(d.toFile()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new Result(
          Ending.NOT_INSTALLED,
          -1,
          "",
          "",
          command.get(0) + " cannot be run (is it installed and on the PATH?): " + e.getMessage());
    }
    CompletableFuture<String> stdout = drain(process.getInputStream(), MAX_STDOUT);
    CompletableFuture<String> stderr = drain(process.getErrorStream(), MAX_STDERR);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return timedOut(command, timeout, process, stderr);
      }
      // A child the tool left behind may hold the pipes open: the output waits no longer than the
      // deadline either.
      long left = Math.max(0, deadline - System.nanoTime());
      String out = stdout.get(left, TimeUnit.NANOSECONDS);
      String err = stderr.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new Result(Ending.EXITED, process.exitValue(), out, err, "");
    } catch (TimeoutException e) {
      return timedOut(command, timeout, process, stderr);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return new Result(Ending.TIMED_OUT, -1, "", "", "interrupted: the collector's time ran out");
    } catch (ExecutionException e) {
      kill(process);
      return new Result(
          Ending.EXITED, -1, "", "", "cannot read the output of " + command.get(0) + ": " + e);
    }
  }

  private static Result timedOut(
      List<String> command, Duration timeout, Process process, CompletableFuture<String> stderr) {
    kill(process);
    // Killing closes the pipes under the readers: what stderr had by then, or nothing.
    String err = stderr.handle((text, failure) -> failure == null ? text : "").getNow("");
    return new Result(
        Ending.TIMED_OUT,
        -1,
        "",
        err,
        String.join(" ", command) + " did not finish within " + timeout + ": killed");
  }

  /** The process and everything it started: restic and borg may fork helpers (ssh, sftp). */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static CompletableFuture<String> drain(InputStream stream, int limit) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (stream) {
                byte[] kept = stream.readNBytes(limit);
                // the rest is discarded, so the process never blocks on a full pipe
                stream.transferTo(java.io.OutputStream.nullOutputStream());
                result.complete(new String(kept, StandardCharsets.UTF_8));
              } catch (IOException | UncheckedIOException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }
}
