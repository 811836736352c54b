package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The collector against a real engine over its unix socket, with containers of every trait. */
@ExtendWith(TestEngine.Extension.class)
class DockerCollectorTest {
  private static EvidenceBundle bundle;
  private static Evidence evidence;

  @BeforeAll
  static void collect(TestEngine engine) {
    Scenario.refresh(engine);
    HostSpec host =
        new HostSpec(
            "master",
            Optional.of("unix://" + engine.socket),
            Optional.empty(),
            List.of(),
            Optional.of(25));
    bundle = Inventories.collect(Inventories.of(List.of(host)), Duration.ofSeconds(10), Map.of());
    evidence = new Evidence(bundle);
  }

  private static DockerContainer container(String name) {
    return evidence.all(DockerContainer.class).stream()
        .map(FactView::data)
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact for container " + name));
  }

  @Test
  void theHostIsReadCompletely() {
    CollectorRun run = evidence.run("docker", "master").orElseThrow();
    assertThat(run.outcome()).as(run.detail()).isEqualTo(CollectorRun.Outcome.OK);
    assertThat(run.detail()).contains("Docker 20.", "via unix socket", "containers (");
    DockerHost host = evidence.all(DockerHost.class).getFirst().data();
    assertThat(host.engineVersion()).isNotBlank();
    assertThat(host.containers()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void healthIsReadWithTheLastLog() {
    assertThat(container("web").health()).contains("healthy");
    DockerContainer db = container("db");
    assertThat(db.health()).contains("unhealthy");
    assertThat(db.lastHealthLog().orElseThrow().output()).contains("db down");
    assertThat(db.lastHealthLog().orElseThrow().exitCode()).isEqualTo(1);
    assertThat(container("plain").health()).isEmpty();
    assertThat(container("plain").healthcheckDefined()).isFalse();
    assertThat(container("web").healthcheckDefined()).isTrue();
  }

  @Test
  void restartsOomAndPolicies() {
    DockerContainer looper = container("looper");
    assertThat(looper.restartPolicy()).isEqualTo("always");
    assertThat(looper.restartCount()).isGreaterThanOrEqualTo(6);
    assertThat(container("plain").restartPolicy()).isEqualTo("no");
    DockerContainer hog = container("hog");
    assertThat(hog.oomKilled()).isTrue();
    assertThat(hog.memoryLimitBytes()).contains(8L << 20);
    assertThat(hog.finishedAt()).isPresent();
  }

  @Test
  void eventsCountRestartsWithTheirDurationsAndOomKills() {
    DockerEvents events = evidence.all(DockerEvents.class).getFirst().data();
    DockerEvents.ContainerEvents looper = events.of("looper").orElseThrow();
    assertThat(looper.restarts()).isGreaterThanOrEqualTo(5);
    assertThat(looper.dies()).isGreaterThanOrEqualTo(looper.restarts());
    assertThat(looper.restartMillis()).hasSize(looper.restarts()).allMatch(ms -> ms >= 0);
    assertThat(events.of("hog").orElseThrow().ooms()).isGreaterThanOrEqualTo(1);
    assertThat(events.of("db").orElseThrow().unhealthy()).isGreaterThanOrEqualTo(1);
    assertThat(events.since()).isEqualTo(events.until().minus(Duration.ofHours(24)));
  }

  @Test
  void memoryUsageComesFromOneStatsSample() {
    DockerContainer web = container("web");
    assertThat(web.memoryLimitBytes()).contains(64L << 20);
    assertThat(web.memoryUsageBytes()).hasValueSatisfying(u -> assertThat(u).isPositive());
    assertThat(container("exposed").memoryUsageBytes()).isEmpty();
  }

  @Test
  void securityTraitsPortsAndMounts() {
    assertThat(container("root").privileged()).isTrue();
    assertThat(container("plain").privileged()).isFalse();
    assertThat(container("socket").mounts())
        .anySatisfy(
            m -> {
              assertThat(m.destination()).isEqualTo("/var/run/docker.sock");
              assertThat(m.readWrite()).isTrue();
              assertThat(m.type()).isEqualTo("bind");
            });
    assertThat(container("exposed").state()).isEqualTo("created");
    assertThat(container("exposed").ports())
        .extracting(DockerContainer.PublishedPort::display)
        .containsExactly("0.0.0.0:18081->80/tcp", "127.0.0.1:18082->81/tcp");
    assertThat(container("exposed").ports().get(0).onAllInterfaces()).isTrue();
    assertThat(container("exposed").ports().get(1).onAllInterfaces()).isFalse();
  }

  @Test
  void composeLabelsImageAndDigest() {
    DockerContainer api = container("shop-api-1");
    assertThat(api.composeProject()).contains("shop");
    assertThat(api.composeService()).contains("api");
    assertThat(api.image()).isEqualTo("opsgrade-test/busybox:2");
    assertThat(api.imageId()).startsWith("sha256:");
    // an imported image has no registry digest: the list is read, and empty
    assertThat(api.repoDigests()).isEmpty();
  }

  @Test
  void secretsNeverReachTheEvidence() {
    String json = Json.write(bundle);
    assertThat(json).doesNotContain(Scenario.SECRET_ENV).doesNotContain("API_TOKEN");
    assertThat(json).doesNotContain("$apr1$");
    assertThat(container("web").traefikLabels())
        .containsEntry(
            "traefik.http.middlewares.web-auth.basicauth.users",
            LabelValues.fingerprint(Scenario.BASIC_AUTH))
        .containsEntry("traefik.enable", "true");
  }

  @Test
  void measurementsAndTheExpectedCount() {
    Map<String, String> measured =
        evidence.all(Measurement.class).stream()
            .map(FactView::data)
            .collect(java.util.stream.Collectors.toMap(Measurement::name, Measurement::value));
    long running =
        evidence.all(DockerContainer.class).stream().filter(c -> c.data().running()).count();
    assertThat(measured)
        .containsEntry("containers.total", Long.toString(running))
        .containsEntry("containers.running", Long.toString(running))
        .containsEntry("containers.host.master", Long.toString(running))
        .containsKeys("containers.healthy", "containers.unhealthy");
    assertThat(Long.parseLong(measured.get("containers.unhealthy"))).isGreaterThanOrEqualTo(1);
    ExpectedContainers expected = evidence.all(ExpectedContainers.class).getFirst().data();
    assertThat(expected.expected()).isEqualTo(25);
    assertThat(expected.running()).isEqualTo((int) running);
    assertThat(expected.matches()).isFalse();
  }
}
