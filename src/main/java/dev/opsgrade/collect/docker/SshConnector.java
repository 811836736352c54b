package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * Opens the SSH session of an ssh:// endpoint as OpenSSH's client would, and no more leniently: the
 * user's known_hosts (never added to), the default key files and the agent; nothing from
 * ~/.ssh/config. Failures name their reason ({@link SshFailures}).
 */
final class SshConnector {
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

  private SshConnector() {}

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
    ClientSession session;
    try {
      session = client.connect(user, endpoint.host(), endpoint.port()).verify(timeout).getSession();
    } catch (IOException | RuntimeException e) {
      client.stop();
      throw SshFailures.connecting(e, target, endpoint.host(), timeout);
    }
    try {
      identity.keys().forEach(session::addPublicKeyIdentity);
      session.auth().verify(timeout);
      return new SshTransport(client, session, endpoint);
    } catch (IOException | RuntimeException e) {
      DockerFailure failure =
          SshFailures.authenticating(e, session, target, hostKeys, identity.describe(), timeout);
      client.stop();
      throw failure;
    }
  }

  private static SshAgentFactory agentAt(Path socket) {
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
