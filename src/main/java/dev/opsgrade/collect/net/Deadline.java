package dev.opsgrade.collect.net;

import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;

/** The end of one exchange: every blocking read waits at most until then. */
final class Deadline {
  private final long end;
  private final Duration total;
  private final Dial dial;

  Deadline(long startNanos, Duration total, Dial dial) {
    this.end = startNanos + total.toNanos();
    this.total = total;
    this.dial = dial;
  }

  long remainingMillis() {
    return Math.max(0, (end - System.nanoTime()) / 1_000_000);
  }

  /** Before a blocking read: the socket waits no longer than the time left. */
  void arm(Socket socket, String waitingFor) throws WireException, SocketException {
    long left = remainingMillis();
    if (left <= 0) {
      throw timedOut(waitingFor);
    }
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
  }

  /** "127.0.0.1:8443 for grafana.example.net". */
  String where() {
    return dial.dialled() + " for " + dial.host();
  }

  WireException timedOut(String waitingFor) {
    return new WireException(
        WireException.Failure.TIMEOUT,
        waitingFor
            + " from "
            + dial.dialled()
            + " for "
            + dial.host()
            + " within "
            + total.toMillis()
            + " ms");
  }
}
