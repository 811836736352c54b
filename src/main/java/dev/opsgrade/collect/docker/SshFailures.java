package dev.opsgrade.collect.docker;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apache.sshd.client.session.ClientSession;

/**
 * Why an SSH connection failed, by the phase it failed in: reaching the host (its name does not
 * resolve, refused, no route, timeout) or, once connected, the handshake and authentication (not an
 * SSH server, host key unknown or changed, timeout, authentication refused). Each reason names
 * user@host:port.
 */
final class SshFailures {
  private SshFailures() {}

  /** TCP connection to the host failed. */
  static DockerFailure connecting(Throwable error, String target, String host, Duration timeout) {
    if (has(error, UnresolvedAddressException.class) || has(error, UnknownHostException.class)) {
      return new DockerFailure(
          "SSH to " + target + ": the host name " + host + " does not resolve (DNS)");
    }
    if (Failures.isTimeout(error)) {
      return timedOut(target, "no TCP connection", timeout);
    }
    if (has(error, ConnectException.class)) {
      return new DockerFailure("SSH to " + target + ": connection refused");
    }
    if (has(error, NoRouteToHostException.class)) {
      return new DockerFailure("SSH to " + target + ": no route to host");
    }
    return new DockerFailure(
        "SSH to " + target + ": cannot connect: " + Failures.classify(error).getMessage());
  }

  /** Connected, but the handshake or the authentication failed. */
  static DockerFailure authenticating(
      Throwable error,
      ClientSession session,
      String target,
      HostKeyCheck hostKeys,
      String identity,
      Duration timeout) {
    if (hostKeys.rejection().isPresent()) {
      return new DockerFailure("SSH to " + target + " refused: " + hostKeys.rejection().get());
    }
    boolean spoke = session.getServerVersion() != null;
    if (Failures.isTimeout(error)) {
      return timedOut(
          target,
          spoke ? "no completed handshake and authentication" : "no SSH greeting from the server",
          timeout);
    }
    String message = Failures.lowerFirst(Failures.rootOf(error).getMessage());
    if (!spoke) {
      return new DockerFailure(
          "SSH to "
              + target
              + " failed before authentication: the server did not identify as SSH ("
              + message
              + ")");
    }
    if (session.isAuthenticated() || !authenticationRefused(error)) {
      return new DockerFailure(
          "SSH to " + target + " failed before authentication (" + message + ")");
    }
    return new DockerFailure(
        "SSH authentication as " + target + " failed (" + identity + "): " + message);
  }

  private static DockerFailure timedOut(String target, String what, Duration timeout) {
    return new DockerFailure(
        "timeout: SSH to " + target + ": " + what + " within " + timeout.toSeconds() + " s", true);
  }

  /** MINA ends a refused authentication with "No more authentication methods available". */
  private static boolean authenticationRefused(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      String text = Optional.ofNullable(e.getMessage()).orElse("").toLowerCase(Locale.ROOT);
      if (text.contains("authentication")) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Throwable error, Class<? extends Throwable> type) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (type.isInstance(e)) {
        return true;
      }
    }
    return false;
  }
}
