package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The end-to-end test alert: whether it was sent (only with --test-alert or test_alert: true),
 * which receivers Alertmanager routed it to, whether it reached the observed channel, how long that
 * took, and the timeline of what happened (sent, seen by Alertmanager, delivered, resolved).
 */
@FactKind("alertmanager.test-alert")
public record TestAlertDelivery(
    String runId,
    Outcome outcome,
    String channel,
    String reason,
    List<String> routedTo,
    Optional<Double> deliverySeconds,
    List<Step> timeline) {

  public enum Outcome {
    /** Seen at the receiver. */
    DELIVERED,
    /** Sent, but not seen at the receiver in time. */
    NOT_DELIVERED,
    /** Not sent: not asked for, no way to observe the receiver, or Alertmanager refused it. */
    NOT_SENT
  }

  /** One moment of the alert's path. */
  public record Step(String step, Instant at, String detail) {}

  /** A test alert that was not sent, and why. */
  public static TestAlertDelivery notSent(String reason) {
    return new TestAlertDelivery(
        "", Outcome.NOT_SENT, "", reason, List.of(), Optional.empty(), List.of());
  }

  public static final String SENT = "sent";
  public static final String SEEN = "seen by Alertmanager";
  public static final String DELIVERED_STEP = "delivered";
  public static final String RESOLVED = "resolved";
}
