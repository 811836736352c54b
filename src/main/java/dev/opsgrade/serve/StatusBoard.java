package dev.opsgrade.serve;

import dev.opsgrade.serve.notify.Alert;
import dev.opsgrade.serve.notify.AlertGate;
import dev.opsgrade.serve.notify.AlertmanagerNotifier;
import dev.opsgrade.serve.notify.NotificationQueue;
import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The latest probe of every monitor and its alert gate. A failure of opsgrade's own network seen on
 * every monitor at once does not count towards an alert (the probes say nothing about the targets).
 * Alerts go to the notification queue, which returns at once.
 */
public final class StatusBoard implements java.util.function.Consumer<Probed> {
  private final int alertAfter;
  private final int recoverAfter;
  private volatile List<Monitor> monitors;
  private final Map<String, Probed> latest = new ConcurrentHashMap<>();
  private final Map<String, AlertGate> gates = new ConcurrentHashMap<>();
  private final Map<String, Alert> firing = new ConcurrentHashMap<>();
  private final NotificationQueue notifications;
  private final Supplier<List<MaintenanceWindow>> maintenance;

  public StatusBoard(
      List<Monitor> monitors,
      int alertAfter,
      int recoverAfter,
      NotificationQueue notifications,
      Supplier<List<MaintenanceWindow>> maintenance) {
    this.alertAfter = alertAfter;
    this.recoverAfter = recoverAfter;
    this.notifications = notifications;
    this.maintenance = maintenance;
    update(monitors);
  }

  /** Shows and judges these monitors from now on; one still listed keeps its state. */
  public void update(List<Monitor> current) {
    current.forEach(m -> gates.putIfAbsent(m.name(), new AlertGate(alertAfter, recoverAfter)));
    this.monitors = List.copyOf(current);
  }

  @Override
  public void accept(Probed probed) {
    Monitor monitor = probed.monitor();
    AlertGate gate = gates.get(monitor.name());
    if (gate == null) {
      return;
    }
    latest.put(monitor.name(), probed);
    if (blind(probed)) {
      return;
    }
    Optional<Alert.State> told;
    synchronized (gate) {
      told = gate.observe(probed.result().ok(), probed.at(), inMaintenance(monitor, probed.at()));
    }
    told.ifPresent(state -> tell(probed, state, gate));
  }

  private void tell(Probed probed, Alert.State state, AlertGate gate) {
    Monitor monitor = probed.monitor();
    Alert alert =
        new Alert(
            "ProbeFailing",
            state,
            monitor.name(),
            monitor.group(),
            monitor.url().toString(),
            state == Alert.State.FIRING ? cause(probed) : "recovered",
            state == Alert.State.FIRING
                ? gate.downSince().orElse(probed.at())
                : Optional.ofNullable(firing.get(alertKey(monitor)))
                    .map(Alert::since)
                    .orElse(probed.at()),
            probed.at(),
            state == Alert.State.FIRING
                ? probed.result().detail()
                : "answering again after " + probed.monitor().name() + " was down");
    if (state == Alert.State.FIRING) {
      firing.put(alertKey(monitor), alert);
    } else {
      firing.remove(alertKey(monitor));
    }
    notifications.publish(alert);
  }

  private static String alertKey(Monitor monitor) {
    return monitor.name();
  }

  /** Sends every alert still firing to Alertmanager again, so it does not lapse there. */
  public void repeatFiring(Instant now) {
    for (Alert alert : firing.values()) {
      notifications.publishTo(
          AlertmanagerNotifier.class,
          new Alert(
              alert.name(),
              alert.state(),
              alert.subject(),
              alert.group(),
              alert.url(),
              alert.cause(),
              alert.since(),
              now,
              alert.detail()));
    }
  }

  static String cause(Probed probed) {
    ProbeResult result = probed.result();
    if (result.statusClass() > 0) {
      return "status " + result.statusClass() + "xx";
    }
    return result.failure().isEmpty() ? "failed" : result.failure();
  }

  /**
   * Every other monitor's latest probe failed the same way with a local network error as well:
   * opsgrade cannot reach the network.
   */
  private boolean blind(Probed probed) {
    if (!probed.result().localNetworkFailure() || monitors.size() < 2) {
      return false;
    }
    for (Monitor other : monitors) {
      Probed last = latest.get(other.name());
      if (last == null
          || !last.result().localNetworkFailure()
          || !last.result().failure().equals(probed.result().failure())) {
        return false;
      }
    }
    return true;
  }

  boolean inMaintenance(Monitor monitor, Instant at) {
    return maintenance.get().stream()
        .anyMatch(w -> w.covers(at) && w.appliesTo(monitor.name(), monitor.group()));
  }

  /** Every monitor, in the order given, with where it stands at {@code now}. */
  public List<MonitorStatus> statuses(Instant now) {
    List<MonitorStatus> out = new ArrayList<>();
    for (Monitor monitor : monitors) {
      AlertGate gate = gates.get(monitor.name());
      boolean down;
      Optional<Instant> since;
      synchronized (gate) {
        down = gate.down();
        since = gate.downSince();
      }
      out.add(
          new MonitorStatus(
              monitor,
              Optional.ofNullable(latest.get(monitor.name())),
              down,
              since,
              inMaintenance(monitor, now)));
    }
    return List.copyOf(out);
  }

  public List<Monitor> monitors() {
    return monitors;
  }
}
