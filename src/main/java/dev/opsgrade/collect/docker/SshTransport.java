package dev.opsgrade.collect.docker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * ssh://user@host[:port]: one SSH session per host, one channel per HTTP connection. The channel is
 * OpenSSH's direct-streamlocal to the remote socket: it needs nothing on the host but sshd and
 * access to the socket. Where the server forbids stream forwarding (DisableForwarding,
 * AllowStreamLocalForwarding no) it falls back to {@code docker system dial-stdio} over exec, as
 * the docker CLI does, which needs the docker CLI on the host.
 */
final class SshTransport implements Transport {
  private static final int ADMINISTRATIVELY_PROHIBITED = 1;

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
      if (failure.timedOut() || failure.getMessage().startsWith("connection refused")) {
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
      } catch (SshChannelOpenException e) {
        if (e.getReasonCode() != ADMINISTRATIVELY_PROHIBITED) {
          throw new DockerFailure(
              "the SSH server could not connect to "
                  + endpoint.socketPath()
                  + " on "
                  + endpoint.host()
                  + " (socket missing or no permission): "
                  + e.getMessage());
        }
        dialStdio = true;
      }
    }
    return dialStdio(timeout);
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
