package dev.opsgrade.collect.docker;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Verifies the server's host key against the user's known_hosts and never adds or replaces an
 * entry: an unknown or changed key fails the connection, and the reason is kept for the report.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {
  private final Path knownHosts;
  private final AtomicReference<String> rejection = new AtomicReference<>();

  HostKeyCheck(Path knownHosts) {
    super(RejectAllServerKeyVerifier.INSTANCE, knownHosts);
    this.knownHosts = knownHosts;
  }

  Optional<String> rejection() {
    return Optional.ofNullable(rejection.get());
  }

  @Override
  protected boolean acceptUnknownHostKey(
      ClientSession session, SocketAddress remote, PublicKey serverKey) {
    rejection.set(
        "host key "
            + KeyUtils.getFingerPrint(serverKey)
            + " of "
            + remote
            + " is not in "
            + knownHosts
            + " (verify it, then add it with ssh-keyscan or one ssh login)");
    return false;
  }

  @Override
  public boolean acceptModifiedServerKey(
      ClientSession session,
      SocketAddress remote,
      KnownHostEntry entry,
      PublicKey expected,
      PublicKey actual) {
    rejection.set(
        "host key of "
            + remote
            + " CHANGED: "
            + knownHosts
            + " has "
            + KeyUtils.getFingerPrint(expected)
            + ", the server sent "
            + KeyUtils.getFingerPrint(actual)
            + " (a reinstalled host or a man in the middle: check before trusting it)");
    return false;
  }

  @Override
  protected void handleRevokedKey(ClientSession session, SocketAddress remote, PublicKey key) {
    rejection.set("host key " + KeyUtils.getFingerPrint(key) + " of " + remote + " is revoked");
  }
}
