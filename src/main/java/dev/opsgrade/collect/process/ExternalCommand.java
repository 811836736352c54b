package dev.opsgrade.collect.process;

import dev.opsgrade.collect.process.CommandResult.Ending;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command once: no input (a prompt fails instead of waiting), the environment the
 * options choose, output read up to its caps, and past the time limit the process and its children
 * killed. Every ending (exited, could not start, timed out, interrupted) is a {@link
 * CommandResult}, never an exception.
 */
public final class ExternalCommand {
  /**
   * After a kill, how long the output may take to reach its end (the pipes close with the tree).
   */
  private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(2);

  /** After the tool exits, how long output from children it left behind is still read. */
  private static final Duration OUTPUT_AFTER_EXIT = Duration.ofSeconds(3);

  private static final Duration REAP_AFTER_KILL = Duration.ofSeconds(5);

  private ExternalCommand() {}

  public static CommandResult run(CommandOptions options) {
    long start = System.nanoTime();
    long deadline = start + options.timeout().toNanos();
    Process process;
    try {
      process = builder(options).start();
    } catch (IOException e) {
      return notStarted(options, e, start);
    }
    CommandOptions.Output output = options.output();
    CappedReader stdout = CappedReader.start(process.getInputStream(), output.stdoutCap());
    Optional<CappedReader> stderr =
        output.mergeStderr()
            ? Optional.empty()
            : Optional.of(CappedReader.start(process.getErrorStream(), output.stderrCap()));
    try {
      if (process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        // The tool exited: its exit code is the answer. A child it left behind (ssh's
        // ControlPersist master under ansible, say) may hold the pipes open for minutes, so its
        // output is read for a short grace only, not until the deadline.
        awaitEnd(
            stdout, stderr, Math.min(deadline, System.nanoTime() + OUTPUT_AFTER_EXIT.toNanos()));
        return result(Ending.EXITED, process.exitValue(), stdout, stderr, "", start);
      }
      kill(process);
      awaitEnd(stdout, stderr, System.nanoTime() + DRAIN_AFTER_KILL.toNanos());
      String why =
          String.join(" ", options.command())
              + " did not finish within "
              + options.timeout()
              + ": killed";
      return result(Ending.TIMED_OUT, CommandResult.NO_EXIT_CODE, stdout, stderr, why, start);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      String why = "interrupted: the collector's time ran out";
      return result(Ending.INTERRUPTED, CommandResult.NO_EXIT_CODE, stdout, stderr, why, start);
    }
  }

  private static ProcessBuilder builder(CommandOptions options) {
    ProcessBuilder builder =
        new ProcessBuilder(options.command())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(options.output().mergeStderr());
    if (!options.environment().inherit()) {
      builder.environment().clear();
    }
    builder.environment().putAll(options.environment().variables());
    options.workingDirectory().ifPresent(d -> builder.directory(d.toFile()));
    return builder;
  }

  private static CommandResult notStarted(CommandOptions options, IOException e, long start) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String why = options.program() + " cannot be run (is it installed and on the PATH?): " + reason;
    return new CommandResult(
        Ending.NOT_STARTED, CommandResult.NO_EXIT_CODE, "", "", why, reason, since(start));
  }

  private static CommandResult result(
      Ending ending,
      int exitCode,
      CappedReader stdout,
      Optional<CappedReader> stderr,
      String problem,
      long start) {
    return new CommandResult(
        ending,
        exitCode,
        stdout.text(),
        stderr.map(CappedReader::text).orElse(""),
        problem,
        "",
        since(start));
  }

  /** The process and everything it started (restic and borg fork ssh, ansible forks workers). */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(REAP_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for what the killed tree still had in its pipes, unless interrupted. */
  private static void awaitEnd(CappedReader stdout, Optional<CappedReader> stderr, long deadline) {
    try {
      stdout.awaitEnd(deadline);
      if (stderr.isPresent()) {
        stderr.get().awaitEnd(deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
