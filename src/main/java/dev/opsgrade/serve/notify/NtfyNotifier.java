package dev.opsgrade.serve.notify;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** ntfy: the message as the body of a POST to the topic, title and priority as headers. */
public final class NtfyNotifier implements Notifier {
  private final URI topic;
  private final Optional<String> token;

  public NtfyNotifier(String url, String topic, Optional<String> token) {
    this.topic = Http.join(url, "/" + topic);
    this.token = token;
  }

  @Override
  public String describe() {
    return "ntfy " + Http.display(topic);
  }

  @Override
  public void send(Alert alert, String message) throws IOException, InterruptedException {
    String title = "opsgrade: " + alert.subject() + " " + alert.state().word();
    String priority = alert.state() == Alert.State.FIRING ? "high" : "default";
    String tags = alert.state() == Alert.State.FIRING ? "rotating_light" : "white_check_mark";
    if (token.isPresent()) {
      Http.post(
          topic,
          describe(),
          "text/plain; charset=utf-8",
          message,
          "Title",
          ascii(title),
          "Priority",
          priority,
          "Tags",
          tags,
          "Authorization",
          "Bearer " + token.get());
    } else {
      Http.post(
          topic,
          describe(),
          "text/plain; charset=utf-8",
          message,
          "Title",
          ascii(title),
          "Priority",
          priority,
          "Tags",
          tags);
    }
  }

  /** Header values must be ASCII: anything else becomes '?'. */
  private static String ascii(String text) {
    return text.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
