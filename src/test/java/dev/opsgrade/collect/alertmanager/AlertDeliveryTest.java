package dev.opsgrade.collect.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.AlertDeliveryCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end test alert through Debian's real Alertmanager: routed to opsgrade's own webhook
 * listener it arrives and is timed; routed to a receiver without integrations it never arrives and
 * the check fails saying so; without the flag nothing is sent at all.
 */
class AlertDeliveryTest {
  @TempDir static Path dir;
  static int listenPort;
  static RealAlertmanager routed;
  static RealAlertmanager blackhole;

  @BeforeAll
  static void start() throws Exception {
    listenPort = FreePort.pick();
    routed =
        RealAlertmanager.start(
            dir.resolve("routed"),
            "opsgrade",
            RealAlertmanager.webhook("http://127.0.0.1:" + listenPort + "/alert"));
    blackhole = RealAlertmanager.start(dir.resolve("blackhole"), "blackhole", "");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (routed != null) {
      routed.close();
    }
    if (blackhole != null) {
      blackhole.close();
    }
  }

  @Test
  void theTestAlertReachesTheWebhookListenerAndIsResolved() throws Exception {
    Evidence evidence = collect(routed.url, false, true, Duration.ofSeconds(30));

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.DELIVERED);
    assertThat(test.channel()).isEqualTo("webhook listener 127.0.0.1:" + listenPort);
    assertThat(test.routedTo()).containsExactly("opsgrade");
    assertThat(test.deliverySeconds()).hasValueSatisfying(s -> assertThat(s).isBetween(0.0, 30.0));
    assertThat(test.timeline())
        .extracting(TestAlertDelivery.Step::step)
        .containsExactly("sent", "seen by Alertmanager", "delivered", "resolved");
    assertThat(test.timeline().get(2).detail()).isEqualTo("webhook from receiver opsgrade");
    assertThat(routed.alerts("opsgrade_run=\"" + test.runId() + "\"")).isEqualTo("[]");

    Finding finding = Collect.judge(new AlertDeliveryCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message()).contains("through receiver opsgrade", " s");
  }

  @Test
  void aRouteToAReceiverWithoutIntegrationsFailsWithTheReason() throws Exception {
    Evidence evidence = collect(blackhole.url, true, false, Duration.ofSeconds(6));

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.NOT_DELIVERED);
    assertThat(test.reason())
        .contains("receiver blackhole", "no integrations", "nothing reached webhook listener");
    assertThat(test.timeline())
        .extracting(TestAlertDelivery.Step::step)
        .containsExactly("sent", "seen by Alertmanager", "resolved");
    AlertmanagerStatus status = evidence.all(AlertmanagerStatus.class).getFirst().data();
    assertThat(status.receivers())
        .containsExactly(new AlertmanagerStatus.Receiver("blackhole", List.of(), true));

    Finding finding = Collect.judge(new AlertDeliveryCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("not delivered", "receiver blackhole");
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("blackhole", "webhook_configs"));
  }

  @Test
  void withoutTheFlagNoAlertIsSentAndTheCheckIsUnverified() throws Exception {
    Evidence evidence = collect(routed.url, false, false, Duration.ofSeconds(5));

    assertThat(routed.alerts("alertname=\"OpsgradeTestAlert\"")).isEqualTo("[]");
    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.NOT_SENT);
    Finding finding = Collect.judge(new AlertDeliveryCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains("--test-alert", "test_alert: true");
    AlertmanagerStatus status = evidence.all(AlertmanagerStatus.class).getFirst().data();
    assertThat(status.clusterStatus()).isEqualTo("disabled");
    assertThat(status.receivers())
        .containsExactly(new AlertmanagerStatus.Receiver("opsgrade", List.of("webhook"), true));
  }

  private static Evidence collect(
      String url, boolean testAlertInInventory, boolean flag, Duration wait) {
    MonitoringSpec.Delivery delivery =
        new MonitoringSpec.Delivery(
            Optional.of("127.0.0.1:" + listenPort), Optional.empty(), Optional.empty());
    MonitoringSpec.Alertmanager spec =
        new MonitoringSpec.Alertmanager(url, testAlertInInventory, Optional.of(delivery));
    return Collect.run(
        new AlertmanagerCollector(wait),
        TestInventories.with(TestInventories.alertmanager(spec)),
        TestInventories.context(dir, Map.of(), flag));
  }
}
