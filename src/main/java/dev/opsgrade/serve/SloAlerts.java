package dev.opsgrade.serve;

import dev.opsgrade.serve.notify.Alert;
import dev.opsgrade.serve.notify.NotificationQueue;
import dev.opsgrade.slo.BurnAlert;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells burn-rate alerts as they start and stop firing: "SloFastBurn" and "SloSlowBurn" per SLO. An
 * alert silenced by maintenance does not fire (SloMath leaves it out), so it is never told.
 */
final class SloAlerts {
  private SloAlerts() {}

  /** {@code burning}: the alerts told as firing so far (SLO name and alert), updated here. */
  static void tell(
      List<SloBoard.Report> reports,
      Set<String> burning,
      NotificationQueue notifications,
      Instant now) {
    for (SloBoard.Report report : reports) {
      for (BurnAlert kind : BurnAlert.values()) {
        String key = report.name() + "\u0000" + kind;
        boolean fires = report.status().firing().contains(kind);
        if (fires && burning.add(key)) {
          notifications.publish(alert(report, kind, Alert.State.FIRING, now));
        } else if (!fires && burning.remove(key)) {
          notifications.publish(alert(report, kind, Alert.State.RESOLVED, now));
        }
      }
    }
  }

  private static Alert alert(
      SloBoard.Report report, BurnAlert kind, Alert.State state, Instant now) {
    String name = kind == BurnAlert.FAST ? "SloFastBurn" : "SloSlowBurn";
    double burn = report.status().shortBurn().getOrDefault(kind, 0.0);
    return new Alert(
        name,
        state,
        report.name(),
        report.group() ? report.name() : "",
        "",
        String.format(Locale.ROOT, "burn rate %.1fx (alert at %.1fx)", burn, kind.threshold()),
        now.minus(kind.longWindow()),
        now,
        String.format(
            Locale.ROOT,
            "error budget left %.1f%% of %s",
            report.status().budgetLeft() * 100,
            report.status().objective()));
  }
}
