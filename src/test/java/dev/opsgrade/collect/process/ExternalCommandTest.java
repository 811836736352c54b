package dev.opsgrade.collect.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.process.CommandOptions.Environment;
import dev.opsgrade.collect.process.CommandOptions.Output;
import dev.opsgrade.collect.process.CommandResult.Ending;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner over real {@code sh -c} commands. */
class ExternalCommandTest {
  /** Generous: the machine is shared, and a passing command never waits for it. */
  private static final Duration AMPLE = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static CommandOptions shell(String script, Duration timeout, Output output) {
    return new CommandOptions(
        List.of("/bin/sh", "-c", script),
        Environment.inheritedWith(Map.of()),
        Optional.empty(),
        timeout,
        output);
  }

  private static CommandResult run(String script, Output output) {
    return ExternalCommand.run(shell(script, AMPLE, output));
  }

  @Test
  void reportsTheExitCodeWithStdoutAndStderrApart() {
    CommandResult result = run("echo out; echo err >&2; exit 3", Output.separate(1024, 1024));

    assertThat(result.ending()).isEqualTo(Ending.EXITED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.problem()).isEmpty();
  }

  @Test
  void mergesStderrIntoStdoutInTheOrderWritten() {
    CommandResult result = run("echo one; echo two >&2; echo three", Output.merged(1024));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.stdout()).isEqualTo("one\ntwo\nthree\n");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void keepsOutputUpToItsCapAndStillReadsTheRest() {
    // 1 MB on each stream, far past a pipe's buffer: a runner that stopped reading would hang
    String script =
        "head -c 1000000 /dev/zero | tr '\\0' a; head -c 1000000 /dev/zero | tr '\\0' b >&2";

    CommandResult result = run(script, Output.separate(1000, 10));

    assertThat(result.ending()).isEqualTo(Ending.EXITED);
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).hasSize(1000).matches("a+");
    assertThat(result.stderr()).isEqualTo("bbbbbbbbbb");
  }

  @Test
  void killsTheProcessAndItsChildrenPastTheTimeLimit() throws Exception {
    CommandResult result =
        ExternalCommand.run(
            shell("sleep 300 & echo $!; wait", Duration.ofSeconds(2), Output.separate(1024, 1024)));

    assertThat(result.ending()).isEqualTo(Ending.TIMED_OUT);
    assertThat(result.killed()).isTrue();
    assertThat(result.exitCode()).isEqualTo(CommandResult.NO_EXIT_CODE);
    assertThat(result.problem()).contains("did not finish within PT2S", "killed");
    assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    long sleeper = Long.parseLong(result.stdout().strip());
    assertThat(awaitGone(sleeper)).as("the child sleep %d was killed", sleeper).isTrue();
  }

  @Test
  void anInterruptedWaitKillsTheTreeAndKeepsTheInterrupt() throws Exception {
    String marker = "opsgrade-interrupt-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    CommandOptions options =
        new CommandOptions(
            List.of("/bin/sh", "-c", "sleep 300 & wait", marker),
            Environment.inheritedWith(Map.of()),
            Optional.empty(),
            AMPLE,
            Output.separate(1024, 1024));
    AtomicReference<CommandResult> result = new AtomicReference<>();
    AtomicBoolean interruptKept = new AtomicBoolean();
    Thread waiter =
        Thread.ofPlatform()
            .start(
                () -> {
                  result.set(ExternalCommand.run(options));
                  interruptKept.set(Thread.currentThread().isInterrupted());
                });
    long sleeper = awaitChildOf(marker);
    waiter.interrupt();
    waiter.join(Duration.ofSeconds(60));

    assertThat(result.get().ending()).isEqualTo(Ending.INTERRUPTED);
    assertThat(result.get().killed()).isTrue();
    assertThat(interruptKept).isTrue();
    assertThat(awaitGone(sleeper)).as("the child sleep %d was killed", sleeper).isTrue();
  }

  /** The pid of the sleep the shell named {@code marker} started, once it has. */
  private static long awaitChildOf(String marker) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      Optional<ProcessHandle> sleep =
          ProcessHandle.allProcesses()
              .filter(p -> p.info().commandLine().orElse("").contains(marker))
              .flatMap(ProcessHandle::children)
              .findFirst();
      if (sleep.isPresent()) {
        return sleep.get().pid();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the shell " + marker + " never started its sleep");
  }

  @Test
  void aToolThatExitedIsAnsweredByItsExitCodeWhileAChildItLeftHoldsTheOutputOpen() {
    // sh exits at once, but the sleep it leaves behind (no longer its child) keeps the pipes open,
    // as ssh's ControlPersist master does under ansible-playbook: the run ends with sh's exit code
    // and what sh wrote, after a short grace, not at the deadline.
    CommandResult result =
        ExternalCommand.run(
            shell(
                "sleep 300 & echo $!; exit 3",
                Duration.ofSeconds(60),
                Output.separate(1024, 1024)));
    long sleeper = Long.parseLong(result.stdout().strip());
    ProcessHandle.of(sleeper).ifPresent(ProcessHandle::destroyForcibly);

    assertThat(result.ending()).isEqualTo(Ending.EXITED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(45));
  }

  @Test
  void aMissingProgramIsAnOutcomeNotAnException() {
    CommandResult result =
        ExternalCommand.run(
            new CommandOptions(
                List.of(dir.resolve("no-such-tool").toString(), "--version"),
                Environment.only(Map.of()),
                Optional.empty(),
                AMPLE,
                Output.separate(1024, 1024)));

    assertThat(result.ending()).isEqualTo(Ending.NOT_STARTED);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.startError()).contains("No such file or directory");
    assertThat(result.problem())
        .contains("no-such-tool cannot be run (is it installed", "No such file or directory");
  }

  @Test
  void anEnvironmentOfOurChoosingReplacesTheInheritedOne() {
    Environment only = Environment.only(Map.of("OPSGRADE_TEST_VALUE", "s3cr3t"));
    CommandResult result =
        ExternalCommand.run(
            new CommandOptions(
                List.of("/bin/sh", "-c", "echo \"$OPSGRADE_TEST_VALUE|$HOME|$PATH\""),
                only,
                Optional.of(dir),
                AMPLE,
                Output.separate(1024, 1024)));

    // dash sets a default PATH of its own when none is given; HOME stays unset
    assertThat(result.stdout()).startsWith("s3cr3t||");
    assertThat(only.toString()).contains("OPSGRADE_TEST_VALUE").doesNotContain("s3cr3t");
  }

  @Test
  void anAddedEnvironmentKeepsTheInheritedOneAndRunsInTheDirectoryGiven() throws IOException {
    CommandResult result =
        ExternalCommand.run(
            new CommandOptions(
                List.of("/bin/sh", "-c", "echo \"$OPSGRADE_TEST_VALUE|$PATH\"; pwd"),
                Environment.inheritedWith(Map.of("OPSGRADE_TEST_VALUE", "added")),
                Optional.of(dir),
                AMPLE,
                Output.separate(1024, 1024)));

    assertThat(result.stdout())
        .isEqualTo("added|" + System.getenv("PATH") + "\n" + dir.toRealPath() + "\n");
  }

  @Test
  void measuresTheDurationOfARun() {
    CommandResult result = run("sleep 1", Output.separate(1024, 1024));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  /** Whether {@code pid} is gone (or a zombie nobody reaped) within a generous wait. */
  private static boolean awaitGone(long pid) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (!running(pid)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static boolean running(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      return !state.equals("Z") && !state.equals("X");
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
    }
  }
}
