package dev.opsgrade.cli;

import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.acceptance.PhaseStatuses;
import dev.opsgrade.score.Assessment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "phases",
    mixinStandardHelpOptions = true,
    description = {
      "Show each phase's state from evidence: not started, in progress, criteria met, accepted,"
          + " conditionally accepted (until a date), and which criteria fail.",
      "Criteria are judged from the latest assessment in the history; deliverables, task lists"
          + " and sign-offs as they are now."
    })
public final class PhasesCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      description = "The inventory (opsgrade.yaml or its folder); default: the current folder.")
  Path path;

  public PhasesCommand() {
    this(CommandEnvironment.standard());
  }

  PhasesCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Workspace workspace = Workspace.load(path, environment);
    PrintWriter out = spec.commandLine().getOut();
    String name = workspace.inventory().name();
    if (workspace.inventory().phases().isEmpty()) {
      out.println("No phases are declared in " + workspace.inventory().sourceFile() + ".");
      out.flush();
      return ExitCodes.READY;
    }
    Optional<Assessment> latest = workspace.latestAssessment();
    List<PhaseStatus> phases =
        PhaseStatuses.of(workspace.phaseEvidence(), latest.map(Assessment::findings));
    out.print(PhasesText.render(name, latest, phases));
    out.flush();
    return ExitCodes.READY;
  }
}
