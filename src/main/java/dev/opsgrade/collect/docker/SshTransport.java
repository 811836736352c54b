package dev.opsgrade.collect.docker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * ssh://user@host[:port]: one SSH session per host, one channel per HTTP connection. The channel is
 * OpenSSH's direct-streamlocal to the remote socket, chosen first because it needs nothing on the
 * host but sshd and access to the socket (no shell, no docker CLI, no process per request). Where
 * the server refuses it (DisableForwarding, AllowStreamLocalForwarding no) a read-only probe tells
 * a missing socket from a refusal, and on a refusal it falls back to {@code docker system
 * dial-stdio} over exec, as the docker CLI itself does, which needs the docker CLI on the host.
 */
final class SshTransport implements Transport {
  /**
   * MINA's default order starts with sntrup761, whose Java key generation took seconds on a busy
   * 2-core machine and timed out connections; ML-KEM (post-quantum too) and X25519 take
   * milliseconds.
   */
  private static final List<KeyExchangeFactory> KEY_EXCHANGES =
      NamedFactory.setUpTransformedFactories(
          false,
          List.of(
              BuiltinDHFactories.mlkem768x25519,
              BuiltinDHFactories.curve25519,
              BuiltinDHFactories.curve25519_libssh,
              BuiltinDHFactories.ecdhp256,
              BuiltinDHFactories.ecdhp384,
              BuiltinDHFactories.dhg16_512,
              BuiltinDHFactories.dhg14_256),
          ClientBuilder.DH2KEX);

  private final SshClient client;
  private final ClientSession session;
  private final DockerEndpoint endpoint;
  private volatile boolean dialStdio;

  private SshTransport(SshClient client, ClientSession session, DockerEndpoint endpoint) {
    this.client = client;
    this.session = session;
    this.endpoint = endpoint;
  }

  static SshTransport connect(DockerEndpoint endpoint, SshIdentity identity, Duration timeout)
      throws DockerFailure {
    SshClient client = SshClient.setUpDefaultClient();
    HostKeyCheck hostKeys = new HostKeyCheck(identity.knownHosts());
    client.setServerKeyVerifier(hostKeys);
    client.setKeyExchangeFactories(KEY_EXCHANGES);
    client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
    client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
    identity.agent().ifPresent(socket -> client.setAgentFactory(agentAt(socket)));
    client.start();
    String user = endpoint.user().orElse(identity.defaultUser());
    String target = user + "@" + endpoint.host() + ":" + endpoint.port();
    try {
      ClientSession session =
          client.connect(user, endpoint.host(), endpoint.port()).verify(timeout).getSession();
      identity.keys().forEach(session::addPublicKeyIdentity);
      session.auth().verify(timeout);
      return new SshTransport(client, session, endpoint);
    } catch (IOException | RuntimeException e) {
      client.stop();
      if (hostKeys.rejection().isPresent()) {
        throw new DockerFailure("SSH to " + target + " refused: " + hostKeys.rejection().get());
      }
      DockerFailure failure = Failures.classify(e);
      if (Failures.isTimeout(e)) {
        throw new DockerFailure(
            "timeout: SSH to " + target + " did not complete within " + timeout.toSeconds() + " s",
            true);
      }
      if (failure.getMessage().startsWith("connection refused")) {
        throw new DockerFailure(
            "SSH to " + target + ": " + failure.getMessage(), failure.timedOut());
      }
      throw new DockerFailure(
          "SSH authentication as "
              + target
              + " failed ("
              + identity.describe()
              + "): "
              + Failures.lowerFirst(e.getMessage()));
    }
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

  private static SshAgentFactory agentAt(java.nio.file.Path socket) {
    return new SshAgentFactory() {
      @Override
      public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
      }

      @Override
      public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
        return new AgentProxy(socket);
      }

      @Override
      public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("opsgrade forwards no agent");
      }
    };
  }
}
