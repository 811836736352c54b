package dev.opsgrade.serve.web;

import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.serve.MonitorStatus;
import dev.opsgrade.serve.Probed;
import dev.opsgrade.serve.ServeState;
import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What the running daemon knows, as the dashboard asks it: {@link ServeState} seen through. */
public final class DaemonStatus implements ServeStatus {
  private final ServeState state;
  private CompletableFuture<AssessmentOutcome> requested;

  public DaemonStatus(ServeState state) {
    this.state = state;
  }

  @Override
  public boolean ready() {
    return state.ready();
  }

  @Override
  public Optional<Instant> lastProbeRound() {
    return state.monitors().stream()
        .map(MonitorStatus::last)
        .flatMap(Optional::stream)
        .map(Probed::at)
        .max(Instant::compareTo);
  }

  @Override
  public List<MaintenanceWindow> maintenanceWindows() {
    return state.maintenance();
  }

  /** Starts an assessment on the daemon's own thread; false while the one asked for still runs. */
  @Override
  public synchronized boolean requestAssessment() {
    if (requested != null && !requested.isDone()) {
      return false;
    }
    requested = state.assessNow();
    return true;
  }

  @Override
  public void addMaintenance(MaintenanceWindow window) {
    state.addMaintenance(window);
  }
}
