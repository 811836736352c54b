package dev.opsgrade.serve.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every channel against a real HTTP receiver on loopback. */
class NotifierTest {
  private static final String TOKEN = "Gotify-Secret-7f3a9c";
  private static final Alert DOWN =
      new Alert(
          "ProbeFailing",
          Alert.State.FIRING,
          "shop",
          "shop.example.net",
          "https://shop.example.net/",
          "timeout",
          Instant.parse("2026-12-01T10:00:00Z"),
          Instant.parse("2026-12-01T10:01:30Z"),
          "no answer within 800 ms");

  private final BlockingQueue<NotificationQueue.Delivery> deliveries = new LinkedBlockingQueue<>();

  private NotificationQueue queue(Notifier... notifiers) {
    return new NotificationQueue(
        List.of(notifiers),
        "{route} {status} {class} since {since}",
        Duration.ofMillis(50),
        deliveries::add);
  }

  private NotificationQueue.Delivery delivery() throws InterruptedException {
    NotificationQueue.Delivery delivery = deliveries.poll(60, TimeUnit.SECONDS);
    assertThat(delivery).as("a delivery within 60 s").isNotNull();
    return delivery;
  }

  @Test
  void ntfyGetsTheMessageAsBodyWithTitleAndToken() throws Exception {
    try (Receiver ntfy = new Receiver(200, Duration.ZERO);
        NotificationQueue queue = queue(new NtfyNotifier(ntfy.url(), "ops", Optional.of("tk_1")))) {
      queue.publish(DOWN);
      Receiver.Request request = ntfy.next();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/ops");
      assertThat(request.body()).isEqualTo("shop DOWN timeout since 2026-12-01T10:00:00Z");
      assertThat(request.header("Title")).isEqualTo("opsgrade: shop DOWN");
      assertThat(request.header("Authorization")).isEqualTo("Bearer tk_1");
      assertThat(delivery().delivered()).isTrue();
    }
  }

  @Test
  void gotifyGetsJsonAndTheTokenOnlyInItsHeaderAndNeverInAnError() throws Exception {
    try (Receiver gotify = new Receiver(200, Duration.ZERO);
        NotificationQueue queue = queue(new GotifyNotifier(gotify.url(), TOKEN))) {
      queue.publish(DOWN);
      Receiver.Request request = gotify.next();
      assertThat(request.path()).isEqualTo("/message").doesNotContain(TOKEN);
      assertThat(request.header("X-Gotify-Key")).isEqualTo(TOKEN);
      JsonNode body = Json.mapper().readTree(request.body());
      assertThat(body.get("message").asText())
          .isEqualTo("shop DOWN timeout since 2026-12-01T10:00:00Z");
      assertThat(body.get("priority").asInt()).isEqualTo(8);
      assertThat(delivery().delivered()).isTrue();

      gotify.answer(401);
      queue.publish(DOWN);
      NotificationQueue.Delivery failed = delivery();
      assertThat(failed.delivered()).isFalse();
      assertThat(failed.attempts()).isEqualTo(NotificationQueue.ATTEMPTS);
      assertThat(failed.error()).contains("HTTP 401").doesNotContain(TOKEN);
      assertThat(failed.channel()).doesNotContain(TOKEN);
      assertThat(new GotifyNotifier(gotify.url(), TOKEN).toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void aWebhookGetsEveryFieldAndTheResolution() throws Exception {
    try (Receiver hook = new Receiver(204, Duration.ZERO);
        NotificationQueue queue = queue(new WebhookNotifier(hook.url() + "/hook?key=abc"))) {
      queue.publish(DOWN);
      queue.publish(
          new Alert(
              DOWN.name(),
              Alert.State.RESOLVED,
              DOWN.subject(),
              DOWN.group(),
              DOWN.url(),
              "recovered",
              DOWN.since(),
              DOWN.at().plusSeconds(60),
              "answering again"));
      JsonNode firing = Json.mapper().readTree(hook.next().body());
      JsonNode resolved = Json.mapper().readTree(hook.next().body());
      assertThat(firing.get("status").asText()).isEqualTo("firing");
      assertThat(firing.get("route").asText()).isEqualTo("shop");
      assertThat(firing.get("class").asText()).isEqualTo("timeout");
      assertThat(firing.get("since").asText()).isEqualTo("2026-12-01T10:00:00Z");
      assertThat(resolved.get("status").asText()).isEqualTo("resolved");
      assertThat(resolved.get("message").asText())
          .isEqualTo("shop UP recovered since 2026-12-01T10:00:00Z");
      assertThat(delivery().channel()).isEqualTo("webhook " + hook.url() + "/hook");
    }
  }

  @Test
  void aSlowChannelDelaysNeitherThePublisherNorAnotherChannel() throws Exception {
    try (Receiver slow = new Receiver(200, Duration.ofSeconds(8));
        Receiver fast = new Receiver(200, Duration.ZERO);
        NotificationQueue queue =
            queue(new WebhookNotifier(slow.url()), new WebhookNotifier(fast.url()))) {
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        queue.publish(DOWN);
      }
      long publishMillis = (System.nanoTime() - start) / 1_000_000;
      for (int i = 0; i < 3; i++) {
        fast.next();
      }
      assertThat(slow.received)
          .as("the slow one is still on its first")
          .hasSizeLessThanOrEqualTo(1);
      NotificationQueue.Delivery first = delivery();
      assertThat(first.channel()).as("the fast channel delivered first").contains(fast.url());
      assertThat(publishMillis).as("publishing does not wait for delivery").isLessThan(8000);
    }
  }
}
