package dev.opsgrade.collect.ansible;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs ansible-playbook once: output (stdout and stderr together) read up to a cap, killed with its
 * children past the time limit. A binary that cannot start is an outcome, not an exception.
 */
final class AnsibleProcess {
  static final int MAX_OUTPUT = 256 * 1024;

  /** What one run did. */
  record Result(
      Optional<Integer> exitCode,
      boolean timedOut,
      Optional<String> startError,
      String output,
      long millis) {
    boolean passed() {
      return exitCode.isPresent() && exitCode.get() == 0;
    }
  }

  /**
   * Ansible's settings for a run opsgrade starts: no colour, and no .retry files written beside the
   * playbooks (the run is read-only, also for the folder it reads).
   */
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "ANSIBLE_NOCOLOR", "1",
          "ANSIBLE_FORCE_COLOR", "0",
          "ANSIBLE_RETRY_FILES_ENABLED", "0",
          "ANSIBLE_NOCOWS", "1",
          "PYTHONUNBUFFERED", "1");

  private AnsibleProcess() {}

  static Result run(List<String> command, Path workDir, Duration limit) {
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(devNull()));
    builder.environment().putAll(ENVIRONMENT);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new Result(
          Optional.empty(),
          false,
          Optional.of("cannot start " + command.get(0) + ": " + reason(e)),
          "",
          millis(start));
    }
    OutputDrain drain = new OutputDrain(process.getInputStream());
    Thread reader = Thread.ofVirtual().start(drain);
    boolean finished;
    try {
      finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      kill(process);
    }
    join(reader);
    return new Result(
        finished ? Optional.of(process.exitValue()) : Optional.empty(),
        !finished,
        Optional.empty(),
        drain.text(),
        millis(start));
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread reader) {
    try {
      reader.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.io.File devNull() {
    return new java.io.File("/dev/null");
  }

  private static String reason(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int colon = message.lastIndexOf("error=");
    return colon >= 0 ? message.substring(colon) : message;
  }

  private static long millis(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  /** Reads a process's output to its end, keeping the first {@link #MAX_OUTPUT} bytes. */
  private static final class OutputDrain implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    OutputDrain(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (in) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          synchronized (kept) {
            int room = MAX_OUTPUT - kept.size();
            kept.write(buffer, 0, Math.max(0, Math.min(room, read)));
          }
        }
      } catch (IOException e) {
        // the process was killed or closed its output: what was read is what there is
      }
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
