package dev.opsgrade.collect.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.AlertDeliveryCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import dev.opsgrade.model.inventory.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test alert through Debian's real Alertmanager to ntfy and to Gotify (local servers in their
 * documented shapes, fed by Alertmanager's webhook as a bridge would), proven by reading the topic
 * and the messages through their APIs with their tokens.
 */
class NotifiedDeliveryTest {
  static final String NTFY_TOKEN = "tk_ntfysecret0123456789";
  static final String GOTIFY_TOKEN = "CWH0wZ5r0Mbac.rSECRET";
  @TempDir static Path dir;
  static FixtureServer ntfy;
  static FixtureServer gotify;
  static RealAlertmanager alertmanager;

  @BeforeAll
  static void start() throws Exception {
    ntfy = NotificationServers.ntfy("ops", NTFY_TOKEN);
    gotify = NotificationServers.gotify(GOTIFY_TOKEN);
    String both =
        "webhook_configs:\n  - url: "
            + ntfy.url()
            + "/alertmanager\n  - url: "
            + gotify.url()
            + "/alertmanager";
    alertmanager = RealAlertmanager.start(dir.resolve("am"), "phones", both);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (alertmanager != null) {
      alertmanager.close();
    }
    ntfy.close();
    gotify.close();
  }

  @Test
  void theTestAlertIsFoundOnTheNtfyTopic() {
    MonitoringSpec.Ntfy topic =
        new MonitoringSpec.Ntfy(ntfy.url(), "ops", Optional.of(SecretRef.env("NTFY_TOKEN")));
    Evidence evidence =
        collect(
            new MonitoringSpec.Delivery(Optional.empty(), Optional.of(topic), Optional.empty()));

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.DELIVERED);
    assertThat(test.channel()).isEqualTo("ntfy topic ops at " + ntfy.url());
    assertThat(test.timeline().get(2).detail()).startsWith("ntfy message opsgrade");
    assertThat(Collect.judge(new AlertDeliveryCheck(), evidence).getFirst().status())
        .isEqualTo(Status.PASS);
    assertThat(Json.write(evidence.bundle())).doesNotContain(NTFY_TOKEN);
  }

  @Test
  void theTestAlertIsFoundAmongGotifyMessages() {
    MonitoringSpec.Gotify messages =
        new MonitoringSpec.Gotify(gotify.url(), SecretRef.env("GOTIFY_TOKEN"));
    Evidence evidence =
        collect(
            new MonitoringSpec.Delivery(Optional.empty(), Optional.empty(), Optional.of(messages)));

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.DELIVERED);
    assertThat(test.timeline().get(2).detail()).startsWith("Gotify message ");
    assertThat(Json.write(evidence.bundle())).doesNotContain(GOTIFY_TOKEN);
  }

  @Test
  void aReceiverOpsgradeCannotReadMeansNoAlertIsSent() {
    MonitoringSpec.Gotify messages =
        new MonitoringSpec.Gotify(gotify.url(), SecretRef.env("WRONG"));
    Evidence evidence =
        Collect.run(
            new AlertmanagerCollector(Duration.ofSeconds(5)),
            TestInventories.with(
                TestInventories.alertmanager(
                    spec(
                        new MonitoringSpec.Delivery(
                            Optional.empty(), Optional.empty(), Optional.of(messages))))),
            TestInventories.context(dir, Map.of("WRONG", "not-the-client-token"), true));

    TestAlertDelivery test = evidence.all(TestAlertDelivery.class).getFirst().data();
    assertThat(test.outcome()).isEqualTo(TestAlertDelivery.Outcome.NOT_SENT);
    assertThat(test.reason()).contains("cannot watch Gotify", "HTTP 401", "valid access token");
    Finding finding = Collect.judge(new AlertDeliveryCheck(), evidence).getFirst();
    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
  }

  private static Evidence collect(MonitoringSpec.Delivery delivery) {
    return Collect.run(
        new AlertmanagerCollector(Duration.ofSeconds(30)),
        TestInventories.with(TestInventories.alertmanager(spec(delivery))),
        TestInventories.context(
            dir, Map.of("NTFY_TOKEN", NTFY_TOKEN, "GOTIFY_TOKEN", GOTIFY_TOKEN), true));
  }

  private static MonitoringSpec.Alertmanager spec(MonitoringSpec.Delivery delivery) {
    return new MonitoringSpec.Alertmanager(alertmanager.url, false, Optional.of(delivery));
  }
}
