package dev.opsgrade.check.docker;

import static dev.opsgrade.check.compose.TestService.service;
import static dev.opsgrade.check.docker.DockerChecksTest.container;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.reliability.HealthcheckCheck;
import dev.opsgrade.check.reliability.MemoryLimitCheck;
import dev.opsgrade.check.reliability.RestartPolicyCheck;
import dev.opsgrade.check.security.DockerSocketCheck;
import dev.opsgrade.check.security.PrivilegedCheck;
import dev.opsgrade.check.security.PublicBindingCheck;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerHost;
import dev.opsgrade.collect.docker.Inventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The six checks that judge either what runs or what compose declares: per host, the engine's
 * containers when it was read, the host's compose services when it was not.
 */
class RunningOrComposeChecksTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** master's engine read (its containers given), lady's not (refused). */
  private static Evidence evidence(
      List<HostSpec> hosts,
      List<String> read,
      List<DockerContainer> running,
      List<ComposeService> declared) {
    List<Fact> facts = new ArrayList<>();
    List<CollectorRun> runs = new ArrayList<>();
    for (HostSpec host : hosts) {
      if (read.contains(host.name())) {
        facts.add(Facts.fact("docker.host", host.name(), engine(host.name()), NOW));
        runs.add(new CollectorRun("docker", host.name(), CollectorRun.Outcome.OK, "read"));
      } else {
        runs.add(
            new CollectorRun(
                "docker", host.name(), CollectorRun.Outcome.FAILED, "connection refused"));
      }
    }
    running.forEach(c -> facts.add(Facts.fact("docker.container", c.subject(), c, NOW)));
    EvidenceBundle bundle = new EvidenceBundle(1, "test", NOW, Inventories.of(hosts), runs, facts);
    return Facts.with(bundle, declared);
  }

  private static DockerHost engine(String host) {
    return new DockerHost(
        host,
        "unix:///var/run/docker.sock",
        "unix socket",
        "27.0",
        "1.47",
        "Debian",
        "6.1",
        3,
        2,
        1,
        Optional.empty());
  }

  private static final List<HostSpec> MASTER =
      List.of(Inventories.host("master", "unix:///var/run/docker.sock"));
  private static final List<HostSpec> BOTH =
      List.of(
          Inventories.host("master", "unix:///var/run/docker.sock"),
          Inventories.host("lady", "ssh://ops@lady.example.net"));

  private static List<Finding> run(Check check, Evidence evidence) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  /** Compose declares web privileged, unlimited, unchecked and never restarted; it runs fine. */
  private static ComposeService badlyDeclared(String host, String name) {
    return service(name).host(host).privileged().restart("no").build();
  }

  private static DockerContainer web(String host) {
    return container("web", Map.of("host", host));
  }

  @Test
  void aHostReadLiveIsJudgedByWhatRunsAndItsComposeIsIgnored() {
    DockerContainer full = container("api", Map.of("memory_usage_bytes", 240L << 20));
    DockerContainer unchecked =
        container(
            "worker",
            Map.of(
                "healthcheck_defined", false, "health", Optional.empty(), "restart_policy", "no"));
    DockerContainer stoppedPrivileged =
        container(
            "debug", Map.of("state", "exited", "privileged", true, "health", Optional.empty()));
    Evidence evidence =
        evidence(
            MASTER,
            List.of("master"),
            List.of(web("master"), full, unchecked, stoppedPrivileged),
            List.of(badlyDeclared("master", "web")));

    assertThat(run(new PrivilegedCheck(), evidence))
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("master/web", Status.PASS),
            tuple("master/api", Status.PASS),
            tuple("master/worker", Status.PASS),
            tuple("master/debug", Status.FAIL));
    assertThat(run(new MemoryLimitCheck(), evidence))
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("master/web", Status.PASS),
            tuple("master/api", Status.WARN),
            tuple("master/worker", Status.PASS));
    List<Finding> health = run(new HealthcheckCheck(), evidence);
    assertThat(health)
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("master/web", Status.PASS),
            tuple("master/api", Status.PASS),
            tuple("master/worker", Status.FAIL));
    Finding noCheck =
        health.stream().filter(f -> f.status() == Status.FAIL).findFirst().orElseThrow();
    assertThat(noCheck.message()).startsWith("running container: has no healthcheck");
    assertThat(noCheck.location().orElseThrow().display()).contains("unix://");
    assertThat(noCheck.evidence()).containsExactly("docker.container:master/worker");
    assertThat(noCheck.fix()).hasValueSatisfying(f -> assertThat(f).contains("worker"));
    Finding nearLimit =
        run(new MemoryLimitCheck(), evidence).stream()
            .filter(f -> f.status() == Status.WARN)
            .findFirst()
            .orElseThrow();
    assertThat(nearLimit.message()).contains("running container", "240 MiB of its 256 MiB");
    assertThat(nearLimit.fix()).isPresent();
    assertThat(run(new RestartPolicyCheck(), evidence))
        .filteredOn(f -> f.status() == Status.FAIL)
        .extracting(Finding::subject)
        .containsExactly("master/worker");
  }

  @Test
  void publicBindingsOfEveryContainerAreJudgedAgainstTheAllowlist() {
    DockerContainer exposed =
        container(
            "admin",
            Map.of(
                "state",
                "created",
                "ports",
                List.of(
                    new DockerContainer.PublishedPort("0.0.0.0", "8080", 80, "tcp"),
                    new DockerContainer.PublishedPort("", "9000", 9000, "tcp"),
                    new DockerContainer.PublishedPort("127.0.0.1", "5432", 5432, "tcp"))));
    DockerContainer proxy =
        container(
            "proxy",
            Map.of(
                "ports", List.of(new DockerContainer.PublishedPort("0.0.0.0", "443", 443, "tcp"))));
    List<Finding> findings =
        run(
            new PublicBindingCheck(),
            evidence(MASTER, List.of("master"), List.of(exposed, proxy), List.of()));
    assertThat(findings)
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("master/admin", Status.FAIL), tuple("master/proxy", Status.PASS));
    Finding admin = findings.stream().filter(f -> f.status() == Status.FAIL).findFirst().get();
    assertThat(admin.message())
        .startsWith("container (created): ")
        .contains("0.0.0.0:8080->80/tcp", "0.0.0.0:9000->9000/tcp")
        .doesNotContain("5432");
    assertThat(admin.fix()).hasValueSatisfying(f -> assertThat(f).contains("127.0.0.1:8080:80"));
  }

  @Test
  void aHostNotReadIsJudgedByItsComposeFiles() {
    Evidence evidence =
        evidence(MASTER, List.of(), List.of(), List.of(badlyDeclared("master", "web")));
    for (Check check :
        List.of(new PrivilegedCheck(), new RestartPolicyCheck(), new MemoryLimitCheck())) {
      assertThat(run(check, evidence))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.subject()).isEqualTo("master/web");
                assertThat(f.status()).isEqualTo(Status.FAIL);
                assertThat(f.message()).doesNotContain("running container");
                assertThat(f.location().orElseThrow().display())
                    .isEqualTo(ComposeFacts.FILE + ":10");
              });
    }
  }

  @Test
  void mixedHostsAreEachJudgedFromTheirOwnSource() {
    Evidence evidence =
        evidence(
            BOTH,
            List.of("master"),
            List.of(web("master")),
            List.of(badlyDeclared("master", "web"), badlyDeclared("lady", "db")));
    List<Finding> findings = run(new PrivilegedCheck(), evidence);
    assertThat(findings)
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(tuple("master/web", Status.PASS), tuple("lady/db", Status.FAIL));
    assertThat(findings)
        .filteredOn(f -> f.subject().equals("master/web"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("running container:"));
    assertThat(findings)
        .filteredOn(f -> f.subject().equals("lady/db"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("privileged: true"));
  }

  @Test
  void everyHostReadWithoutComposeFilesNeedsNoCompose() {
    Evidence evidence = evidence(MASTER, List.of("master"), List.of(web("master")), List.of());
    assertThat(run(new RestartPolicyCheck(), evidence))
        .extracting(Finding::subject, Finding::status)
        .containsExactly(tuple("master/web", Status.PASS));
    Evidence empty = evidence(MASTER, List.of("master"), List.of(), List.of());
    assertThat(run(new HealthcheckCheck(), empty))
        .extracting(Finding::subject, Finding::status)
        .containsExactly(tuple("master", Status.NOT_APPLICABLE));
    Evidence neither = evidence(BOTH, List.of("master"), List.of(web("master")), List.of());
    assertThat(run(new HealthcheckCheck(), neither))
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("master/web", Status.PASS), tuple("test", Status.UNVERIFIED));
  }

  @Test
  void aPlainTcpEngineWithoutTlsFailsFromTheInventoryAlone() {
    HostSpec plain = Inventories.host("edge", "tcp://10.0.0.5:2375");
    HostSpec tls =
        new HostSpec(
            "safe",
            Optional.of("tcp://10.0.0.6:2376"),
            Optional.of(new HostSpec.TlsFiles("ca.pem", "cert.pem", "key.pem")),
            List.of(),
            Optional.empty());
    List<Finding> findings =
        run(
            new DockerSocketCheck(),
            evidence(List.of(plain, tls), List.of(), List.of(), List.of()));
    assertThat(findings)
        .filteredOn(f -> f.subject().endsWith("/engine"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("edge/engine");
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("tcp://10.0.0.5:2375", "without TLS");
              assertThat(f.location().orElseThrow().display()).isEqualTo("/tmp/opsgrade.yaml");
              assertThat(f.fix()).hasValueSatisfying(x -> assertThat(x).contains("--tlsverify"));
            });
  }
}
