package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ssh:// endpoints that fail before any authentication, each with its own class and the host named:
 * a name that does not resolve, a closed port, a server that accepts and never speaks, and one that
 * speaks something other than SSH. (Authentication and host-key failures against a real OpenSSH
 * server are in {@link SshEndpointTest}.)
 */
class SshFailuresTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  @TempDir Path home;

  private Evidence collect(String host, String url) throws Exception {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    if (!Files.exists(ssh.resolve("id_ed25519"))) {
      TestSshServer.Keys.generate(ssh.resolve("id_ed25519"));
    }
    return new Evidence(
        Inventories.collect(
            Inventories.of(List.of(Inventories.host(host, url))),
            TIMEOUT,
            Map.of("HOME", home.toString(), "USER", "ops")));
  }

  private static CollectorRun run(Evidence evidence, String host) {
    CollectorRun run = evidence.run("docker", host).orElseThrow();
    System.out.println(host + ": " + run.outcome() + " " + run.detail());
    return run;
  }

  @Test
  void anUnresolvableHostIsADnsFailureNotAnAuthenticationOne() throws Exception {
    CollectorRun run = run(collect("nowhere", "ssh://ops@nowhere.invalid"), "nowhere");
    assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(run.detail())
        .contains("nowhere.invalid", "does not resolve")
        .doesNotContain("authentication", "UnresolvedAddressException");
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int port = Processes.freePort();
    CollectorRun run = run(collect("closed", "ssh://ops@127.0.0.1:" + port), "closed");
    assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(run.detail())
        .contains("ops@127.0.0.1:" + port, "connection refused")
        .doesNotContain("authentication");
  }

  @Test
  void aServerThatNeverSpeaksTimesOut() throws Exception {
    try (HostileServer silent = new HostileServer("")) {
      long start = System.nanoTime();
      CollectorRun run = run(collect("silent", "ssh://ops@127.0.0.1:" + silent.port()), "silent");
      assertThat(run.outcome()).isEqualTo(Outcome.TIMED_OUT);
      assertThat(run.detail())
          .contains("ops@127.0.0.1:" + silent.port(), "timeout")
          .doesNotContain("authentication");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(TIMEOUT.multipliedBy(DockerCollector.HOST_BUDGET_TIMEOUTS + 2));
    }
  }

  @Test
  void aServerThatIsNotSshIsSaidToBeSo() throws Exception {
    try (HostileServer web =
        new HostileServer("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
      CollectorRun run = run(collect("web", "ssh://ops@127.0.0.1:" + web.port()), "web");
      assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(run.detail())
          .contains("ops@127.0.0.1:" + web.port(), "before authentication")
          .doesNotContain("SSH authentication");
    }
  }
}
