package dev.opsgrade.cli;

import dev.opsgrade.model.inventory.Inventory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** A command run as Main runs it (same error handling), with its output and exit code. */
record CommandRun(int exitCode, String out, String err) {

  static CommandEnvironment environment(Inventory inventory, Instant now) {
    return new CommandEnvironment(path -> inventory, Clock.fixed(now, ZoneOffset.UTC), Map.of());
  }

  static CommandRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println("opsgrade: " + ex.getMessage());
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
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
