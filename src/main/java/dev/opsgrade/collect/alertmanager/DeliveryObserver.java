package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.webapi.WebApiFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * Where opsgrade watches for the test alert to arrive: its own webhook listener, an ntfy topic or
 * Gotify's messages. Started before the alert is sent, asked repeatedly whether it has arrived.
 */
interface DeliveryObserver extends AutoCloseable {

  /** What is watched, for reports: "webhook listener 127.0.0.1:9797", "ntfy topic ops at ...". */
  String channel();

  /** Prepares to observe (binds the listener, proves the API answers); throws when it cannot. */
  void start() throws WebApiFailure;

  /** The test alert of {@code runId} if it has arrived. */
  Optional<Delivery> poll(String runId, Instant now) throws WebApiFailure;

  @Override
  void close();

  /** When and how the alert arrived ("webhook from receiver opsgrade"). */
  record Delivery(Instant at, String detail) {}
}
