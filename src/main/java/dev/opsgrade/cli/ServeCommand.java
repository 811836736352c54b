package dev.opsgrade.cli;

import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.pipeline.Inputs;
import dev.opsgrade.serve.ServeDaemon;
import dev.opsgrade.serve.ServeState;
import dev.opsgrade.serve.web.DaemonStatus;
import dev.opsgrade.serve.web.DashboardServer;
import dev.opsgrade.serve.web.DashboardSetup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
    Optional<DashboardServer> dashboard;
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
      ServeState state = daemon.start();
      try {
        dashboard = dashboard(inventory, state);
      } catch (UserError e) {
        daemon.close(); // what was probed is written before serve gives up
        throw e;
      }
    } catch (AssessmentRun.InputException e) {
      throw new UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    dashboard.ifPresent(DashboardServer::close);
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

  /**
   * The dashboard, when serve.password_file says how to log in to it; without one serve probes,
   * alerts and re-assesses headless, and says so.
   */
  private static Optional<DashboardServer> dashboard(Inventory inventory, ServeState state) {
    if (inventory.serve().flatMap(ServeSpec::passwordFile).isEmpty()) {
      System.err.println(
          "opsgrade serve: no dashboard: set serve.password_file in "
              + inventory.sourceFile()
              + " to log in to one");
      return Optional.empty();
    }
    try {
      DashboardServer server =
          new DashboardServer(
                  DashboardSetup.standard(
                      inventory,
                      Path.of(inventory.baseDir()),
                      state.history(),
                      new DaemonStatus(state),
                      System.getenv(),
                      VersionProvider.version()))
              .start();
      System.err.println(
          "opsgrade serve: dashboard on http://" + server.host() + ":" + server.port() + "/");
      return Optional.of(server);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (RuntimeException e) {
      // Jetty cannot bind: the port is taken, or the address is not one of this machine's
      throw new UserError(
          "opsgrade serve: cannot listen on "
              + inventory.serve().map(ServeSpec::listen).orElse(DashboardSetup.DEFAULT_LISTEN)
              + ": "
              + e.getMessage());
    }
  }
}
