package dev.opsgrade.collect.ansible;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.collect.process.ExternalCommand;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs dr.check_playbook with ansible-playbook --check (against dr.check_inventory when set, else
 * the inventory its ansible.cfg names), after making sure no task in its folder opts out of check
 * mode. The result is a {@link PlaybookCheckRun} fact, whatever happened.
 */
final class CheckRunner {
  private final String executable;
  private final CollectContext context;
  private final long deadline;

  CheckRunner(String executable, CollectContext context, long deadline) {
    this.executable = executable;
    this.context = context;
    this.deadline = deadline;
  }

  void run(String playbook, Optional<String> inventory, Optional<String> playbooksFolder) {
    Path file = context.resolve(playbook);
    String shown = context.relative(file);
    Optional<String> inventoryShown = inventory.map(i -> context.relative(context.resolve(i)));
    if (!Files.isRegularFile(file)) {
      record(shown, inventoryShown, notRun("dr.check_playbook " + shown + " does not exist"));
      return;
    }
    Optional<String> optOut;
    try {
      optOut = CheckModeGuard.optOut(file);
    } catch (IOException e) {
      record(shown, inventoryShown, notRun("cannot read the playbook's folder: " + e));
      return;
    }
    if (optOut.isPresent()) {
      record(
          shown,
          inventoryShown,
          notRun(
              "not run: "
                  + optOut.get()
                  + " opts out of check mode, so --check would change the hosts there"));
      return;
    }
    Optional<Duration> left = AnsibleCollector.remaining(deadline);
    if (left.isEmpty()) {
      record(shown, inventoryShown, notRun("not run: the ansible collector's time ran out first"));
      return;
    }
    List<String> command = new ArrayList<>(List.of(executable, "--check"));
    inventory.ifPresent(i -> command.addAll(List.of("-i", context.resolve(i).toString())));
    command.add(file.toString());
    Path workDir =
        playbooksFolder.map(context::resolve).filter(Files::isDirectory).orElse(file.getParent());
    CommandResult result =
        ExternalCommand.run(AnsibleCommand.options(command, workDir, left.get()));
    record(shown, inventoryShown, outcome(command, result, left.get()));
  }

  private record Outcome(
      RunOutcome outcome,
      Optional<String> error,
      Optional<PlaybookCheckRun.Recap> recap,
      long millis) {}

  private static Outcome outcome(List<String> command, CommandResult result, Duration limit) {
    if (result.ending() == CommandResult.Ending.NOT_STARTED) {
      return notRun(AnsibleCommand.startProblem(command, result));
    }
    long millis = result.duration().toMillis();
    Optional<PlaybookCheckRun.Recap> recap = AnsibleOutput.recap(result.stdout());
    if (result.killed()) {
      return new Outcome(
          RunOutcome.TIMED_OUT,
          Optional.of("no result within " + limit.toSeconds() + " s; the process was killed"),
          recap,
          millis);
    }
    if (result.succeeded()) {
      return new Outcome(RunOutcome.PASSED, Optional.empty(), recap, millis);
    }
    String error =
        AnsibleOutput.firstError(result.stdout())
            .orElse("ansible-playbook --check exited with " + result.exitCode());
    return new Outcome(RunOutcome.FAILED, Optional.of(error), recap, millis);
  }

  private static Outcome notRun(String why) {
    return new Outcome(RunOutcome.NOT_RUN, Optional.of(why), Optional.empty(), 0);
  }

  private void record(String shown, Optional<String> inventory, Outcome outcome) {
    PlaybookCheckRun run =
        new PlaybookCheckRun(
            shown,
            inventory,
            outcome.outcome(),
            outcome.error(),
            outcome.recap(),
            outcome.millis());
    context.fact(
        "check:" + shown,
        Provenance.of(AnsibleCollector.NAME, Location.file(shown), context.now()),
        run);
    CollectorRun.Outcome runOutcome =
        switch (outcome.outcome()) {
          case PASSED, FAILED -> CollectorRun.Outcome.OK;
          case TIMED_OUT -> CollectorRun.Outcome.TIMED_OUT;
          case NOT_RUN -> CollectorRun.Outcome.FAILED;
        };
    context.run(
        AnsibleCollector.NAME,
        "check:" + shown,
        runOutcome,
        outcome.outcome() + outcome.error().map(e -> ": " + e).orElse(""));
  }
}
