package dev.opsgrade.serve.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers alerts on threads of their own, one queue per channel, so neither probing nor another
 * channel ever waits for a slow or dead one. A full queue drops the newest alert and says so. A
 * failed delivery is tried {@value #ATTEMPTS} times in all.
 */
public final class NotificationQueue implements AutoCloseable {
  static final int CAPACITY = 500;
  static final int ATTEMPTS = 3;

  /** What became of one delivery; {@code error} is empty when it went through. */
  public record Delivery(String channel, Alert alert, int attempts, String error) {
    public boolean delivered() {
      return error.isEmpty();
    }
  }

  private final String template;
  private final Duration retryAfter;
  private final Consumer<Delivery> log;
  private final List<Channel> channels = new ArrayList<>();

  public NotificationQueue(
      List<Notifier> notifiers, String template, Duration retryAfter, Consumer<Delivery> log) {
    this.template = template;
    this.retryAfter = retryAfter;
    this.log = log;
    for (Notifier notifier : notifiers) {
      channels.add(new Channel(notifier));
    }
  }

  /** Queues the alert on every channel and returns at once. */
  public void publish(Alert alert) {
    for (Channel channel : channels) {
      if (!channel.queue.offer(alert)) {
        log.accept(new Delivery(channel.notifier.describe(), alert, 0, "queue full: dropped"));
      }
    }
  }

  /** Queues the alert on the channels of one kind only (a repeat Alertmanager needs). */
  public void publishTo(Class<? extends Notifier> kind, Alert alert) {
    for (Channel channel : channels) {
      if (kind.isInstance(channel.notifier) && !channel.queue.offer(alert)) {
        log.accept(new Delivery(channel.notifier.describe(), alert, 0, "queue full: dropped"));
      }
    }
  }

  public boolean hasChannel(Class<? extends Notifier> kind) {
    return channels.stream().anyMatch(c -> kind.isInstance(c.notifier));
  }

  /** Stops taking alerts; each channel gets {@code grace} to deliver what is queued. */
  public void close(Duration grace) throws InterruptedException {
    long end = System.nanoTime() + grace.toNanos();
    channels.forEach(c -> c.closing = true);
    for (Channel channel : channels) {
      channel.thread.join(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
      channel.thread.interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    close(Duration.ofSeconds(5));
  }

  private final class Channel {
    final Notifier notifier;
    final BlockingQueue<Alert> queue = new ArrayBlockingQueue<>(CAPACITY);
    final Thread thread;
    volatile boolean closing;

    Channel(Notifier notifier) {
      this.notifier = notifier;
      this.thread =
          Thread.ofVirtual().name("opsgrade-notify-" + notifier.describe()).start(this::run);
    }

    void run() {
      try {
        while (!(closing && queue.isEmpty())) {
          Alert alert = queue.poll(200, TimeUnit.MILLISECONDS);
          if (alert != null) {
            deliver(alert);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void deliver(Alert alert) throws InterruptedException {
      String message = MessageText.render(template, alert);
      String error = "";
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          notifier.send(alert, message);
          log.accept(new Delivery(notifier.describe(), alert, attempt, ""));
          return;
        } catch (IOException | RuntimeException e) {
          error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          if (attempt < ATTEMPTS && !closing) {
            Thread.sleep(retryAfter.multipliedBy(attempt));
          }
        }
      }
      log.accept(new Delivery(notifier.describe(), alert, ATTEMPTS, error));
    }
  }
}
