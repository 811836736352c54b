package dev.opsgrade.serve.web;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.PhaseSignoff;
import java.nio.file.Path;
import java.time.Clock;

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
}
