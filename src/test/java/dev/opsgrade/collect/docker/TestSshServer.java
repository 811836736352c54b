package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenSSH server on a free loopback port: its own config, a generated host key, and an
 * authorized key file. {@code forwarding} false starts it with DisableForwarding, as hardened hosts
 * run it.
 */
final class TestSshServer implements AutoCloseable {
  static final Path SSHD = Path.of("/usr/sbin/sshd");

  final int port;
  final Path hostKey;
  private final Process process;

  private TestSshServer(int port, Path hostKey, Process process) {
    this.port = port;
    this.hostKey = hostKey;
    this.process = process;
  }

  static TestSshServer start(Path dir, Path authorizedKeys, boolean forwarding) throws IOException {
    Files.createDirectories(dir);
    Files.createDirectories(Path.of("/run/sshd")); // OpenSSH's privilege separation directory
    Path hostKey = dir.resolve("host_key");
    Keys.generate(hostKey);
    int port = Processes.freePort();
    Path config = dir.resolve("sshd_config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + hostKey,
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + authorizedKeys,
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            forwarding ? "AllowStreamLocalForwarding yes" : "DisableForwarding yes",
            ""));
    Process process =
        new ProcessBuilder(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sshd.log").toFile())
            .start();
    TestSshServer server = new TestSshServer(port, hostKey, process);
    server.awaitListening(dir);
    return server;
  }

  /** The known_hosts line OpenSSH writes for this server on its non-standard port. */
  String knownHostsLine(Path publicKey) throws IOException {
    String[] key = Files.readString(publicKey).strip().split(" ");
    return "[127.0.0.1]:" + port + " " + key[0] + " " + key[1] + "\n";
  }

  private void awaitListening(Path dir) throws IOException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "sshd exited: " + Files.readString(dir.resolve("sshd.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        TestEngine.sleep(100);
      }
    }
    throw new IllegalStateException("sshd did not listen on " + port);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** ssh-keygen, as a user makes keys. */
  static final class Keys {
    private Keys() {}

    static void generate(Path file) {
      Processes.run(
          file.getParent(),
          "ssh-keygen",
          "-q",
          "-t",
          "ed25519",
          "-N",
          "",
          "-C",
          "opsgrade-test",
          "-f",
          file.toString());
    }

    static Path home(Path dir, String name) throws IOException {
      Path home = dir.resolve(name);
      Files.createDirectories(home.resolve(".ssh"));
      return home;
    }
  }
}
