package dev.opsgrade.collect.docker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.session.ConnectionService;

/**
 * ssh://user@host[:port]: one SSH session per host, one channel per HTTP connection. The channel is
 * OpenSSH's direct-streamlocal to the remote socket, chosen first because it needs nothing on the
 * host but sshd and access to the socket (no shell, no docker CLI, no process per request). Where
 * the server refuses it (DisableForwarding, AllowStreamLocalForwarding no) a read-only probe tells
 * a missing socket from a refusal, and on a refusal it falls back to {@code docker system
 * dial-stdio} over exec, as the docker CLI itself does, which needs the docker CLI on the host.
 */
final class SshTransport implements Transport {
  private final SshClient client;
  private final ClientSession session;
  private final DockerEndpoint endpoint;
  private volatile boolean dialStdio;

  SshTransport(SshClient client, ClientSession session, DockerEndpoint endpoint) {
    this.client = client;
    this.session = session;
    this.endpoint = endpoint;
  }

  @Override
  public Pipe open(Duration timeout) throws IOException {
    if (!dialStdio) {
      try {
        return streamLocal(timeout);
      } catch (IOException e) {
        if (openRefusal(e).isEmpty()) {
          throw e;
        }
        // OpenSSH answers "administratively prohibited" both when stream forwarding is off and
        // when the socket is missing: a read-only probe on the host tells which
        decideFallback(timeout);
      }
    }
    return dialStdio(timeout);
  }

  private synchronized void decideFallback(Duration timeout) throws IOException {
    if (dialStdio) {
      return;
    }
    String path = endpoint.socketPath().replace("'", "'\\''");
    String answer =
        probe(
            "if [ ! -S '"
                + path
                + "' ]; then echo missing;"
                + " elif command -v docker >/dev/null 2>&1; then echo docker; else echo nocli; fi",
            timeout);
    String where = endpoint.socketPath() + " on " + endpoint.host();
    switch (answer) {
      case "missing" ->
          throw new DockerFailure("socket " + where + " does not exist (is Docker running there?)");
      case "nocli" ->
          throw new DockerFailure(
              "the SSH server refuses stream forwarding to "
                  + where
                  + " and the host has no docker CLI for `docker system dial-stdio`"
                  + " (allow AllowStreamLocalForwarding for this user, or install the CLI)");
      case "docker" -> dialStdio = true;
      default ->
          throw new DockerFailure(
              "the SSH server refused a channel to " + where + ", and the probe said: " + answer);
    }
  }

  private String probe(String command, Duration timeout) throws IOException {
    try (ChannelExec channel = session.createExecChannel(command)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      channel.setOut(out);
      channel.setErr(new java.io.ByteArrayOutputStream());
      channel.open().verify(timeout);
      channel.getInvertedIn().close(); // no input: the command sees EOF and the channel can close
      channel.waitFor(
          java.util.EnumSet.of(
              org.apache.sshd.client.channel.ClientChannelEvent.CLOSED,
              org.apache.sshd.client.channel.ClientChannelEvent.EOF),
          timeout.toMillis());
      return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }
  }

  private static Optional<SshChannelOpenException> openRefusal(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof SshChannelOpenException refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  private Pipe streamLocal(Duration timeout) throws IOException {
    StreamLocalChannel channel = new StreamLocalChannel(endpoint.socketPath());
    session.getService(ConnectionService.class).registerChannel(channel);
    return opened(channel, timeout);
  }

  private Pipe dialStdio(Duration timeout) throws IOException {
    ChannelExec channel =
        session.createExecChannel(
            "docker -H unix://" + endpoint.socketPath() + " system dial-stdio");
    return opened(channel, timeout);
  }

  private static Pipe opened(ClientChannel channel, Duration timeout) throws IOException {
    try {
      channel.open().verify(timeout);
    } catch (IOException e) {
      channel.close(true);
      throw e;
    }
    return new Pipe(
        new BufferedInputStream(channel.getInvertedOut(), 65536),
        channel.getInvertedIn(),
        () -> channel.close(true));
  }

  /** Each dial-stdio stream is a docker CLI process on the host: few, and kept alive. */
  @Override
  public int maxConnections() {
    return dialStdio ? 2 : 8;
  }

  boolean usesDialStdio() {
    return dialStdio;
  }

  @Override
  public void close() {
    try {
      session.close(true);
    } finally {
      client.stop();
    }
  }
}
