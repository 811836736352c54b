package dev.opsgrade.cli;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.pipeline.PhaseSignoff;
import dev.opsgrade.pipeline.SignoffException;
import dev.opsgrade.pipeline.SignoffOutcome;
import dev.opsgrade.pipeline.SignoffRequest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "accept",
    mixinStandardHelpOptions = true,
    description = {
      "Sign off a phase: writes USER_ACCEPTANCE.md into its folder and records the acceptance in"
          + " the history and the journal.",
      "An unconditional acceptance is refused (exit 1) while a criterion is not met or a"
          + " deliverable is missing, unless --override REASON is given; a conditional one"
          + " (--conditional-until DATE --reason TEXT) holds until that date."
    })
public final class AcceptCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The phase id, as in the inventory's phases.")
  String phaseId;

  @Parameters(index = "1", arity = "0..1", defaultValue = ".", description = "The inventory.")
  Path path;

  @Option(names = "--by", required = true, description = "Who accepts (name or role).")
  String by;

  @Option(names = "--conditional-until", description = "Accept on conditions until DATE.")
  Optional<LocalDate> conditionalUntil = Optional.empty();

  @Option(names = "--reason", description = "The conditions of a conditional acceptance.")
  Optional<String> reason = Optional.empty();

  @Option(names = "--override", description = "Accept although criteria fail, for REASON.")
  Optional<String> override = Optional.empty();

  @Option(
      names = "--tested",
      description = "A runbook or procedure tested for this acceptance (repeatable).")
  List<Path> tested = List.of();

  public AcceptCommand() {
    this(CommandEnvironment.standard());
  }

  AcceptCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Workspace workspace = Workspace.load(path, environment);
    SignoffOutcome outcome;
    try {
      workspace.phase(phaseId);
      SignoffRequest request =
          new SignoffRequest(
              phaseId, by, conditionalUntil, reason, override, procedures(workspace));
      outcome = accept(workspace, request);
    } catch (SignoffException e) {
      throw new UserError(e.getMessage());
    }
    return switch (outcome) {
      case SignoffOutcome.Refused refused -> {
        spec.commandLine().getErr().print(AcceptanceText.refused(refused.status()));
        spec.commandLine().getErr().flush();
        yield ExitCodes.NOT_READY;
      }
      case SignoffOutcome.Accepted accepted -> {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AcceptanceText.accepted(accepted.record(), accepted.entry()));
        out.flush();
        yield ExitCodes.READY;
      }
    };
  }

  /** The shared sign-off, with the history opened only if it exists (no assessment otherwise). */
  private static SignoffOutcome accept(Workspace workspace, SignoffRequest request) {
    PhaseSignoff signoff = workspace.signoff();
    if (!InventoryHistory.exists(workspace.inventory(), workspace.baseDir())) {
      return signoff.accept(request, Optional.empty());
    }
    try (HistoryStore store = workspace.openHistory()) {
      return signoff.accept(request, Optional.of(store));
    }
  }

  private List<String> procedures(Workspace workspace) {
    for (Path doc : tested) {
      if (!Files.isRegularFile(workspace.baseDir().resolve(doc))) {
        throw new UserError("--tested " + doc + ": no such file in " + workspace.baseDir());
      }
    }
    return tested.stream().map(workspace::relative).distinct().sorted().toList();
  }
}
