package dev.opsgrade.serve.web;

import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A {@link ServeStatus} held in fields: the daemon (or a test) sets readiness and the last probe
 * round; an assessment request runs {@code assessNow}, which answers whether it was taken.
 */
public final class SimpleServeStatus implements ServeStatus {
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicReference<Instant> lastRound = new AtomicReference<>();
  private final List<MaintenanceWindow> maintenance = new CopyOnWriteArrayList<>();
  private final BooleanSupplier assessNow;

  public SimpleServeStatus(List<MaintenanceWindow> declared, BooleanSupplier assessNow) {
    this.maintenance.addAll(declared);
    this.assessNow = assessNow;
  }

  public void ready(boolean value) {
    ready.set(value);
  }

  public void probeRoundFinished(Instant at) {
    lastRound.set(at);
  }

  @Override
  public boolean ready() {
    return ready.get();
  }

  @Override
  public Optional<Instant> lastProbeRound() {
    return Optional.ofNullable(lastRound.get());
  }

  @Override
  public List<MaintenanceWindow> maintenanceWindows() {
    return List.copyOf(maintenance);
  }

  @Override
  public boolean requestAssessment() {
    return assessNow.getAsBoolean();
  }

  @Override
  public void addMaintenance(MaintenanceWindow window) {
    maintenance.add(window);
  }
}
