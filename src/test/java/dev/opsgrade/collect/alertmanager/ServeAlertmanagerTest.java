package dev.opsgrade.collect.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.opsgrade.serve.notify.Alert;
import dev.opsgrade.serve.notify.AlertmanagerNotifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `opsgrade serve` alerting through a real Alertmanager (Debian's prometheus-alertmanager): the
 * alert it posts is active there with its labels and reaches Alertmanager's own receiver, and the
 * resolution posted afterwards resolves it there too.
 */
class ServeAlertmanagerTest {
  @TempDir Path dir;

  @Test
  void aFiringAlertReachesTheReceiverAndItsResolutionResolvesIt() throws Exception {
    BlockingQueue<String> notified = new LinkedBlockingQueue<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    receiver.createContext(
        "/am",
        exchange -> {
          notified.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/am";
    try (RealAlertmanager alertmanager =
        RealAlertmanager.start(dir.resolve("am"), "team", RealAlertmanager.webhook(hook))) {
      AlertmanagerNotifier notifier = new AlertmanagerNotifier(alertmanager.url);
      Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(90);
      Alert firing =
          new Alert(
              "ProbeFailing",
              Alert.State.FIRING,
              "shop-route",
              "shop.example.net",
              "https://shop.example.net/",
              "timeout",
              since,
              Instant.now(),
              "no answer within 800 ms");
      notifier.send(firing, "shop-route is DOWN (timeout)");

      String active = alertmanager.alerts("route=\"shop-route\"");
      assertThat(active)
          .contains("\"alertname\":\"OpsgradeProbeFailing\"")
          .contains("\"source\":\"opsgrade\"")
          .contains("\"summary\":\"shop-route is DOWN (timeout)\"")
          .contains("\"state\":\"active\"");
      String first = notified.poll(90, TimeUnit.SECONDS);
      assertThat(first).as("Alertmanager notified its receiver").isNotNull();
      assertThat(first).contains("\"status\":\"firing\"").contains("shop-route");

      notifier.send(
          new Alert(
              "ProbeFailing",
              Alert.State.RESOLVED,
              "shop-route",
              "shop.example.net",
              "https://shop.example.net/",
              "recovered",
              since,
              Instant.now(),
              "answering again"),
          "shop-route is UP");
      String second = null;
      for (String body; (body = notified.poll(90, TimeUnit.SECONDS)) != null; ) {
        if (body.contains("\"status\":\"resolved\"")) {
          second = body;
          break;
        }
      }
      assertThat(second)
          .as("the resolution reached the receiver")
          .isNotNull()
          .contains("shop-route");
      assertThat(alertmanager.alerts("route=\"shop-route\""))
          .doesNotContain("\"state\":\"active\"");
    } finally {
      receiver.stop(0);
    }
  }
}
