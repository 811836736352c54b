package dev.opsgrade.cli;

import dev.opsgrade.init.Initializer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Look around DIR and the local Docker Engine, and write a commented DIR/opsgrade.yaml.",
      "Reads only; never writes a secret (only $${VAR} references); never overwrites an existing"
          + " inventory without --force."
    })
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "default: .")
  Path dir = Path.of(".");

  @Option(names = "--force", description = "replace an existing opsgrade.yaml")
  boolean force;

  @Option(
      names = "--docker",
      paramLabel = "URL",
      description =
          "the Docker Engine to ask (default: DOCKER_HOST, else unix:///var/run/docker.sock)")
  String docker;

  @Option(
      names = "--docker-timeout",
      paramLabel = "DURATION",
      defaultValue = "5s",
      description = "how long the engine may take to answer (default: ${DEFAULT-VALUE})",
      converter = DurationConverter.class)
  Duration dockerTimeout;

  @Override
  public Integer call() {
    Initializer.Result result;
    try {
      result =
          new Initializer(System.getenv(), dockerTimeout)
              .init(dir, Optional.ofNullable(docker), force);
    } catch (Initializer.InitException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + result.file());
    out.println();
    out.println("Found:");
    result.found().forEach(line -> out.println("  - " + line));
    out.println();
    out.println("Still to fill in or confirm (lines marked TODO or confirm in the file):");
    result.todo().forEach(line -> out.println("  - " + line));
    out.println();
    result
        .loadProblem()
        .ifPresent(p -> out.println("Warning: the inventory does not load yet:\n" + p + "\n"));
    out.println("Then: opsgrade assess " + dir);
    out.flush();
    return result.loadProblem().isPresent() ? ExitCodes.USAGE : ExitCodes.READY;
  }
}
