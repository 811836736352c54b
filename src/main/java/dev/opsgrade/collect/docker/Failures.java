package dev.opsgrade.collect.docker;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import tools.jackson.core.JacksonException;

/** Turns what went wrong while reading an engine into a reason a person can act on. */
final class Failures {
  private Failures() {}

  static DockerFailure classify(Throwable error) {
    Throwable cause = rootOf(error);
    if (error instanceof DockerFailure failure) {
      return failure;
    }
    if (cause instanceof DockerFailure failure) {
      return failure;
    }
    if (cause instanceof SocketTimeoutException) {
      return new DockerFailure("timeout: " + text(cause), true);
    }
    String reason =
        switch (cause) {
          case ConnectException e -> "connection refused (" + text(e) + ")";
          case UnknownHostException e -> "unknown host " + text(e);
          case UnresolvedAddressException e -> "the host name does not resolve (DNS)";
          case NoRouteToHostException e -> "no route to host (" + text(e) + ")";
          case SSLException e -> "TLS failed: " + text(e);
          case JacksonException e -> "the engine sent invalid JSON: " + firstLine(e.getMessage());
          default -> cause.getClass().getSimpleName() + ": " + text(cause);
        };
    return new DockerFailure(reason);
  }

  /** A timeout as MINA reports it (an SshException naming it) or as the JDK does. */
  static boolean isTimeout(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof SocketTimeoutException
          || e instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
      if (e instanceof DockerFailure failure && failure.timedOut()) {
        return true;
      }
      String message = Optional.ofNullable(e.getMessage()).orElse("").toLowerCase(Locale.ROOT);
      if (e.getClass().getName().startsWith("org.apache.sshd") && message.contains("timeout")) {
        return true;
      }
    }
    return false;
  }

  static Throwable rootOf(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null
        && current.getCause() != current
        && !(current instanceof DockerFailure)) {
      current = current.getCause();
    }
    return current;
  }

  static String lowerFirst(String message) {
    String text = Optional.ofNullable(message).orElse("no detail");
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static String text(Throwable error) {
    return firstLine(Optional.ofNullable(error.getMessage()).orElse("no detail"));
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
