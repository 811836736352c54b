package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Who opsgrade is over SSH, read as OpenSSH's client reads it: the user's known_hosts, the
 * unencrypted default keys of ~/.ssh and the agent of SSH_AUTH_SOCK. A passphrase-protected key is
 * skipped with a note: put it in the agent.
 */
record SshIdentity(
    String defaultUser,
    Path knownHosts,
    List<KeyPair> keys,
    Optional<Path> agent,
    List<String> notes) {

  static final List<String> KEY_FILES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

  static SshIdentity fromEnvironment(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    Path ssh = home.resolve(".ssh");
    List<KeyPair> keys = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String name : KEY_FILES) {
      Path file = ssh.resolve(name);
      if (Files.isRegularFile(file)) {
        load(file)
            .ifPresentOrElse(
                keys::add, () -> notes.add(file + " skipped (passphrase or unreadable)"));
      }
    }
    Optional<Path> agent =
        Optional.ofNullable(env.get("SSH_AUTH_SOCK")).filter(s -> !s.isBlank()).map(Path::of);
    return new SshIdentity(
        env.getOrDefault("USER", System.getProperty("user.name")),
        ssh.resolve("known_hosts"),
        List.copyOf(keys),
        agent,
        List.copyOf(notes));
  }

  String describe() {
    List<String> sources = new ArrayList<>();
    sources.add(keys.size() + " key file(s) of " + knownHosts.getParent());
    agent.ifPresent(a -> sources.add("agent " + a));
    return String.join(" and ", sources) + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
  }

  private static Optional<KeyPair> load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Iterable<KeyPair> pairs =
          SecurityUtils.loadKeyPairIdentities(
              null, NamedResource.ofName(file.toString()), in, null);
      return pairs == null ? Optional.empty() : Optional.ofNullable(pairs.iterator().next());
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // an encrypted key (no passphrase can be asked for here) or a file that is no key
      return Optional.empty();
    }
  }
}
