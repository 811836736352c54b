package dev.opsgrade.serve.notify;

import java.io.IOException;

/** One channel alerts are delivered to. Implementations never put a secret in an exception. */
public interface Notifier {
  /** The channel and where it sends, with no secret in it ("ntfy http://127.0.0.1:8080/ops"). */
  String describe();

  void send(Alert alert, String message) throws IOException, InterruptedException;
}
