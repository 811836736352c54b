package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.HostSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ssh:// endpoints through a real OpenSSH server forwarding to the test engine's socket: key file
 * and agent authentication, known_hosts verification, the dial-stdio fallback, and each failure
 * with its reason.
 */
@ExtendWith(TestEngine.Extension.class)
class SshEndpointTest {
  private static final String USER = System.getProperty("user.name");
  private static Path dir;
  private static TestSshServer forwarding;
  private static TestSshServer hardened;
  private static Path clientKey;
  private static TestEngine engine;

  @BeforeAll
  static void startServers(TestEngine testEngine) throws Exception {
    assumeTrue(Files.isExecutable(TestSshServer.SSHD), "no sshd here: " + TestEngine.PACKAGES);
    engine = testEngine;
    Scenario.ensure(engine);
    dir = Files.createDirectories(engine.dir.resolve("ssh"));
    Path home = TestSshServer.Keys.home(dir, "home");
    clientKey = home.resolve(".ssh/id_ed25519");
    TestSshServer.Keys.generate(clientKey);
    Path authorized = dir.resolve("authorized_keys");
    Files.copy(Path.of(clientKey + ".pub"), authorized);
    forwarding = TestSshServer.start(dir.resolve("sshd1"), authorized, true);
    hardened = TestSshServer.start(dir.resolve("sshd2"), authorized, false);
    Files.writeString(
        home.resolve(".ssh/known_hosts"),
        forwarding.knownHostsLine(Path.of(forwarding.hostKey + ".pub"))
            + hardened.knownHostsLine(Path.of(hardened.hostKey + ".pub")));
  }

  @AfterAll
  static void stopServers() {
    if (forwarding != null) {
      forwarding.close();
    }
    if (hardened != null) {
      hardened.close();
    }
  }

  private static String url(TestSshServer server, String socket) {
    return "ssh://" + USER + "@127.0.0.1:" + server.port + socket;
  }

  private static Evidence collect(Path home, Map<String, String> extra, HostSpec... hosts) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("HOME", home.toString());
    env.put("USER", USER);
    return new Evidence(
        Inventories.collect(Inventories.of(List.of(hosts)), Duration.ofSeconds(15), env));
  }

  @Test
  void streamLocalDialStdioAndAMissingRemoteSocket() {
    Evidence evidence =
        collect(
            dir.resolve("home"),
            Map.of(),
            Inventories.host("streamlocal", url(forwarding, engine.socket.toString())),
            Inventories.host("dialstdio", url(hardened, engine.socket.toString())),
            Inventories.host("nosocket", url(forwarding, "/tmp/opsgrade-nothing.sock")));
    assertRun(evidence, "streamlocal", Outcome.OK, "via ssh direct-streamlocal");
    assertRun(evidence, "dialstdio", Outcome.OK, "via ssh exec docker system dial-stdio");
    assertRun(
        evidence,
        "nosocket",
        Outcome.FAILED,
        "socket /tmp/opsgrade-nothing.sock on 127.0.0.1 does not exist");
    assertThat(evidence.all(DockerContainer.class))
        .anySatisfy(c -> assertThat(c.data().subject()).isEqualTo("streamlocal/db"))
        .anySatisfy(c -> assertThat(c.data().subject()).isEqualTo("dialstdio/db"));
  }

  @Test
  void keysFromTheAgent() throws Exception {
    Path home = TestSshServer.Keys.home(dir, "agent-home");
    Files.copy(dir.resolve("home/.ssh/known_hosts"), home.resolve(".ssh/known_hosts"));
    Path socket = dir.resolve("agent.sock");
    Process agent =
        new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("agent.log").toFile())
            .start();
    try {
      while (!Files.exists(socket)) {
        TestEngine.sleep(50);
      }
      ProcessBuilder add =
          new ProcessBuilder("ssh-add", clientKey.toString()).redirectErrorStream(true);
      add.environment().put("SSH_AUTH_SOCK", socket.toString());
      assertThat(add.start().waitFor()).isZero();
      Evidence evidence =
          collect(
              home,
              Map.of("SSH_AUTH_SOCK", socket.toString()),
              Inventories.host("agent", url(forwarding, engine.socket.toString())));
      assertRun(evidence, "agent", Outcome.OK, "via ssh direct-streamlocal");
    } finally {
      agent.destroy();
    }
  }

  @Test
  void anUnknownHostKeyIsRefused() throws Exception {
    Path home = TestSshServer.Keys.home(dir, "stranger-home");
    Files.copy(clientKey, home.resolve(".ssh/id_ed25519"));
    Evidence evidence =
        collect(
            home, Map.of(), Inventories.host("unknown", url(forwarding, engine.socket.toString())));
    assertRun(evidence, "unknown", Outcome.FAILED, "is not in " + home.resolve(".ssh/known_hosts"));
    assertThat(Files.exists(home.resolve(".ssh/known_hosts"))).as("nothing is added").isFalse();
  }

  @Test
  void aChangedHostKeyIsRefused() throws Exception {
    Path home = TestSshServer.Keys.home(dir, "changed-home");
    Files.copy(clientKey, home.resolve(".ssh/id_ed25519"));
    Path impostor = dir.resolve("impostor_key");
    TestSshServer.Keys.generate(impostor);
    Files.writeString(
        home.resolve(".ssh/known_hosts"), forwarding.knownHostsLine(Path.of(impostor + ".pub")));
    Evidence evidence =
        collect(
            home, Map.of(), Inventories.host("changed", url(forwarding, engine.socket.toString())));
    assertRun(evidence, "changed", Outcome.FAILED, "CHANGED");
  }

  @Test
  void aKeyTheServerDoesNotKnowFailsAuthentication() throws Exception {
    Path home = TestSshServer.Keys.home(dir, "wrong-key-home");
    Files.copy(dir.resolve("home/.ssh/known_hosts"), home.resolve(".ssh/known_hosts"));
    TestSshServer.Keys.generate(home.resolve(".ssh/id_ed25519"));
    Evidence evidence =
        collect(
            home, Map.of(), Inventories.host("denied", url(forwarding, engine.socket.toString())));
    assertRun(
        evidence,
        "denied",
        Outcome.FAILED,
        "SSH authentication as " + USER + "@127.0.0.1:" + forwarding.port + " failed");
  }

  private static void assertRun(Evidence evidence, String host, Outcome outcome, String detail) {
    CollectorRun run =
        evidence.run("docker", host).orElseThrow(() -> new AssertionError("no run for " + host));
    System.out.println(host + ": " + run.outcome() + " " + run.detail());
    assertThat(run.outcome()).as(run.detail()).isEqualTo(outcome);
    assertThat(run.detail()).contains(detail);
  }
}
