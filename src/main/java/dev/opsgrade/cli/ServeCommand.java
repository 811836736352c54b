package dev.opsgrade.cli;

import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.pipeline.Inputs;
import dev.opsgrade.serve.ServeDaemon;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run continuously: probe every route and endpoint, keep uptime history and SLOs, send"
          + " alerts, and re-assess on schedule (serve: in the inventory). Stops cleanly on"
          + " SIGTERM or Ctrl-C.",
      "PATH: an opsgrade.yaml, a folder holding one, or a folder of compose files (default: .)."
    })
public final class ServeCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "default: .")
  Path target = Path.of(".");

  @Override
  public Integer call() throws InterruptedException {
    ServeDaemon daemon;
    try {
      Inventory inventory = Inputs.inventory(target, System.getenv());
      daemon =
          new ServeDaemon(
              inventory,
              target,
              System.getenv(),
              Clock.systemUTC(),
              VersionProvider.version(),
              System.err);
      daemon.start();
    } catch (AssessmentRun.InputException e) {
      throw new UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    daemon.close();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    stopped.countDown();
                  }
                },
                "opsgrade-serve-shutdown"));
    stopped.await(); // only a signal ends serve: the hook closes the daemon, then the JVM exits
    return ExitCodes.READY;
  }
}
