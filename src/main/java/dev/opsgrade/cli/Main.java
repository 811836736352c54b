package dev.opsgrade.cli;

import picocli.CommandLine;

/** Entry point: exit 0 ready, 1 not ready, 2 usage or input error. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(new CommandLine(new OpsgradeCommand()), args);
  }

  /** Runs with output and errors written to the given writers (as tests read them). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new OpsgradeCommand());
    cli.setOut(out);
    cli.setErr(err);
    return run(cli, args);
  }

  private static int run(CommandLine cli, String... args) {
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println("opsgrade: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError userError) {
            commandLine.getErr().println("opsgrade: " + userError.getMessage());
            return ExitCodes.USAGE;
          }
          throw ex;
        });
    return cli.execute(args);
  }
}
