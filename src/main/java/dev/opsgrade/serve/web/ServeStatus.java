package dev.opsgrade.serve.web;

import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What only the running daemon knows, as the dashboard asks it: whether it is ready, when probes
 * last ran, the maintenance windows in force, and the two things the dashboard may ask it to do.
 */
public interface ServeStatus {

  /** Ready to serve: the history opened and the scheduler started (for /readyz). */
  boolean ready();

  /** When the last round of probes finished; empty before the first. */
  Optional<Instant> lastProbeRound();

  /** Declared maintenance (inventory and dashboard), excluded from availability. */
  List<MaintenanceWindow> maintenanceWindows();

  /**
   * Asks for a full assessment now and returns at once (it runs on the daemon's own thread); false
   * if one is already running or queued. Called on a web request's thread: must not block.
   */
  boolean requestAssessment();

  /** Adds a maintenance window declared on the dashboard. */
  void addMaintenance(MaintenanceWindow window);
}
