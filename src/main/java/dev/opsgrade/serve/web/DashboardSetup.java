package dev.opsgrade.serve.web;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.pipeline.PhaseSignoff;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the dashboard is built from. {@code listen} is host:port ({@code serve.listen}, default
 * 127.0.0.1:8080; port 0 picks a free one). The history store stays open as long as the server
 * runs; its owner closes it.
 */
public record DashboardSetup(
    Inventory inventory,
    String listen,
    HistoryStore history,
    Path reportsDir,
    ServeStatus status,
    DashboardSecrets secrets,
    PhaseSignoff signoff,
    Catalogue catalogue,
    Clock clock) {

  public static final String DEFAULT_LISTEN = "127.0.0.1:8080";

  /**
   * The dashboard of `opsgrade serve` for an inventory: listening where serve.listen says, the
   * reports in {@code <inventory dir>/reports} (where assess writes them), secrets read with the
   * inventory's resolver, the real clock and the standard catalogue.
   */
  public static DashboardSetup standard(
      Inventory inventory,
      Path baseDir,
      HistoryStore history,
      ServeStatus status,
      Map<String, String> environment,
      String version) {
    ServeSpec serve =
        inventory
            .serve()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        inventory.sourceFile() + " has no serve: section (listen, password_file)"));
    Clock clock = Clock.systemUTC();
    return new DashboardSetup(
        inventory,
        serve.listen(),
        history,
        baseDir.resolve("reports"),
        status,
        DashboardSecrets.load(serve, InventoryHistory.secrets(environment, baseDir)),
        new PhaseSignoff(inventory, baseDir, clock, environment, version),
        Catalogue.standard(),
        clock);
  }
}
