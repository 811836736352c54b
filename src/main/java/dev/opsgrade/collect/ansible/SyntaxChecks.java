package dev.opsgrade.collect.ansible;

import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.collect.process.ExternalCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * ansible-playbook --syntax-check of each playbook, a few at a time (each is a Python start-up),
 * each within what is left of the collector's budget. A playbook the deadline leaves unchecked is
 * NOT_RUN, with that reason.
 */
final class SyntaxChecks {
  /** One syntax check never takes longer than this, whatever the budget. */
  static final Duration LIMIT = Duration.ofSeconds(90);

  private final String executable;
  private final Path workDir;
  private final long deadline;

  SyntaxChecks(String executable, Path workDir, long deadline) {
    this.executable = executable;
    this.workDir = workDir;
    this.deadline = deadline;
  }

  List<PlaybookSyntax> check(List<Path> playbooks, Function<Path, String> shown) {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    List<Future<PlaybookSyntax>> pending = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (Path playbook : playbooks) {
        pending.add(pool.submit(() -> checkOne(playbook, shown.apply(playbook))));
      }
      List<PlaybookSyntax> out = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        out.add(result(pending.get(i), shown.apply(playbooks.get(i))));
      }
      return out;
    }
  }

  private PlaybookSyntax checkOne(Path playbook, String shown) {
    Optional<Duration> left = AnsibleCollector.remaining(deadline);
    if (left.isEmpty()) {
      return notRun(shown, "not checked: the ansible collector's time ran out first");
    }
    Duration limit = left.get().compareTo(LIMIT) < 0 ? left.get() : LIMIT;
    List<String> command =
        List.of(executable, "--syntax-check", "-i", "localhost,", playbook.toString());
    CommandResult run = ExternalCommand.run(AnsibleCommand.options(command, workDir, limit));
    if (run.ending() == CommandResult.Ending.NOT_STARTED) {
      return notRun(shown, AnsibleCommand.startProblem(command, run));
    }
    long millis = run.duration().toMillis();
    if (run.killed()) {
      return new PlaybookSyntax(
          shown,
          RunOutcome.TIMED_OUT,
          Optional.of("no result within " + limit.toSeconds() + " s; the process was killed"),
          Optional.empty(),
          millis);
    }
    if (run.succeeded()) {
      return new PlaybookSyntax(
          shown, RunOutcome.PASSED, Optional.empty(), Optional.empty(), millis);
    }
    String error =
        AnsibleOutput.firstError(run.stdout())
            .orElse("ansible-playbook exited with " + run.exitCode());
    return new PlaybookSyntax(
        shown,
        RunOutcome.FAILED,
        Optional.of(error),
        AnsibleOutput.errorLine(run.stdout()),
        millis);
  }

  private static PlaybookSyntax result(Future<PlaybookSyntax> future, String shown) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return notRun(shown, "not checked: interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("syntax check of " + shown + " failed", e.getCause());
    }
  }

  private static PlaybookSyntax notRun(String shown, String why) {
    return new PlaybookSyntax(shown, RunOutcome.NOT_RUN, Optional.of(why), Optional.empty(), 0);
  }
}
