package dev.opsgrade.cli;

import picocli.CommandLine.Command;

@Command(
    name = "opsgrade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades how production-ready a self-hosted container infrastructure is, from live evidence.",
      "Exit codes: 0 production ready, 1 not ready, 2 usage or input error."
    },
    subcommands = {
      AssessCommand.class,
      ChecksCommand.class,
      ClaimsCommand.class,
      PhasesCommand.class,
      AcceptCommand.class,
      WaiveCommand.class,
      DrillCommand.class,
      HistoryCommand.class,
      JournalCommand.class,
      ServeCommand.class,
      InitCommand.class,
      CompletionCommand.class
    })
public final class OpsgradeCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
