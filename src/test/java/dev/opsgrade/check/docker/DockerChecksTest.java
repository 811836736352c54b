package dev.opsgrade.check.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.collect.docker.DockerHost;
import dev.opsgrade.collect.docker.Inventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The Docker checks' edges, on evidence written as the collector writes it. */
class DockerChecksTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  static DockerContainer container(String name, Map<String, Object> changes) {
    ObjectNode node = (ObjectNode) Json.toTree(base(name));
    changes.forEach((k, v) -> node.set(k, Json.toTree(v)));
    return Json.fromTree(node, DockerContainer.class);
  }

  private static DockerContainer base(String name) {
    return new DockerContainer(
        "master",
        "0123456789ab",
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "nginx:1.27",
        "sha256:abc",
        List.of(),
        "running",
        Optional.of("healthy"),
        Optional.empty(),
        true,
        "unless-stopped",
        0,
        0,
        Optional.of(NOW.minusSeconds(7 * 86400)),
        Optional.of(NOW.minusSeconds(3600)),
        Optional.empty(),
        0,
        false,
        Optional.of(256L << 20),
        Optional.of(10L << 20),
        "bridge",
        List.of(),
        List.of(),
        false,
        List.of(),
        Map.of());
  }

  private static Evidence evidence(CollectorRun.Outcome outcome, List<Object> data) {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        Facts.fact(
            "docker.host",
            "master",
            new DockerHost(
                "master",
                "unix:///var/run/docker.sock",
                "unix socket",
                "27.0",
                "1.47",
                "Debian",
                "6.1",
                1,
                1,
                1,
                Optional.empty()),
            NOW));
    for (Object d : data) {
      String subject = d instanceof DockerContainer c ? c.subject() : "master";
      facts.add(Facts.fact(Evidence.kindOf(d.getClass()), subject, d, NOW));
    }
    return new Evidence(
        new EvidenceBundle(
            1,
            "test",
            NOW,
            Inventories.of(List.of(Inventories.host("master", "unix:///var/run/docker.sock"))),
            List.of(new CollectorRun("docker", "master", outcome, "read")),
            facts));
  }

  private static DockerEvents events(String name, int restarts, int ooms, boolean truncated) {
    return new DockerEvents(
        "master",
        NOW.minusSeconds(86400),
        NOW,
        300,
        Optional.of(truncated ? NOW.minusSeconds(600) : NOW.minusSeconds(86000)),
        truncated,
        List.of(
            new DockerEvents.ContainerEvents(
                name,
                restarts,
                ooms,
                0,
                restarts,
                0,
                java.util.Collections.nCopies(restarts, 1500L))));
  }

  private static List<Finding> run(Check check, Evidence evidence) {
    return check.evaluate(evidence, new Findings(Catalogue.standard().get(check.id())));
  }

  @Test
  void restartsAboveTheThresholdFailAndAtItPass() {
    Evidence over =
        evidence(
            CollectorRun.Outcome.OK,
            List.of(container("api", Map.of()), events("api", 6, 0, false)));
    assertThat(run(new RestartLoopCheck(), over))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message())
                  .contains("restarted 6 times", "in 24 h", "longest restart took 1500 ms");
            });
    Evidence at =
        evidence(
            CollectorRun.Outcome.OK,
            List.of(container("api", Map.of()), events("api", 5, 0, true)));
    assertThat(run(new RestartLoopCheck(), at))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.PASS);
              assertThat(f.message())
                  .contains("5 restarts since", "the engine kept no older events");
            });
    assertThat(run(new RestartLoopCheck(4), at))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.FAIL);
  }

  @Test
  void aYoungContainerIsJudgedByItsRestartCountWhenTheEventsReachLessFar() {
    DockerContainer young =
        container("api", Map.of("created", NOW.minusSeconds(600), "restart_count", 7));
    Evidence evidence =
        evidence(CollectorRun.Outcome.OK, List.of(young, events("api", 1, 0, true)));
    assertThat(run(new RestartLoopCheck(), evidence))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("restarted 7 times"));
  }

  @Test
  void withoutEventsOnlyWhatTheStateShowsIsJudged() {
    Evidence noEvents =
        evidence(
            CollectorRun.Outcome.PARTIAL,
            List.of(
                container("api", Map.of()),
                container("crashy", Map.of("state", "restarting", "exit_code", 2)),
                container("hog", Map.of("state", "exited", "oom_killed", true))));
    List<Finding> loops = run(new RestartLoopCheck(), noEvents);
    assertThat(loops)
        .filteredOn(f -> f.subject().equals("master/crashy"))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.FAIL);
    assertThat(loops)
        .filteredOn(f -> f.subject().equals("master/api"))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.UNVERIFIED);
    List<Finding> ooms = run(new OomCheck(), noEvents);
    assertThat(ooms)
        .filteredOn(f -> f.subject().equals("master/hog"))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.FAIL);
    assertThat(ooms)
        .filteredOn(f -> f.subject().equals("master/api"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("only the last exit is known"));
  }

  @Test
  void oomKillsFromEventsFailEvenAfterARestart() {
    Evidence evidence =
        evidence(
            CollectorRun.Outcome.OK,
            List.of(container("api", Map.of()), events("api", 1, 2, false)));
    assertThat(run(new OomCheck(), evidence))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("2 OOM kill(s)", "memory limit 256 MiB");
            });
  }

  @Test
  void startingHealthWarnsAndNoHealthcheckIsNotApplicable() {
    Evidence starting =
        evidence(CollectorRun.Outcome.OK, List.of(container("api", Map.of("health", "starting"))));
    assertThat(run(new UnhealthyCheck(), starting))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.WARN);
    Map<String, Object> none = new java.util.HashMap<>();
    none.put("health", null);
    none.put("healthcheck_defined", false);
    Evidence without = evidence(CollectorRun.Outcome.OK, List.of(container("api", none)));
    assertThat(run(new UnhealthyCheck(), without))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void anInventoryWithoutHostsIsUnverified() {
    Evidence empty =
        new Evidence(
            new EvidenceBundle(1, "test", NOW, Inventories.of(List.of()), List.of(), List.of()));
    for (Check check :
        List.of(
            new UnhealthyCheck(),
            new RestartLoopCheck(),
            new OomCheck(),
            new DeclaredRunningCheck(),
            new DriftCheck())) {
      assertThat(run(check, empty))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
                assertThat(f.subject()).isEqualTo("test");
              });
    }
  }

  @Test
  void memoryNearItsLimitWarnsAndAReadOnlySocketWarns() {
    DockerContainer full = container("api", Map.of("memory_usage_bytes", 240L << 20));
    assertThat(RunningContainerJudgements.memoryLimit(full))
        .hasValueSatisfying(
            j -> {
              assertThat(j.status()).isEqualTo(Status.WARN);
              assertThat(j.message()).contains("240 MiB of its 256 MiB");
            });
    DockerContainer socket =
        container(
            "proxy",
            Map.of(
                "mounts",
                List.of(
                    new DockerContainer.Mount(
                        "bind", "/var/run/docker.sock", "/var/run/docker.sock", false))));
    assertThat(RunningContainerJudgements.dockerSocket(socket))
        .hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(Status.WARN));
  }

  @Test
  void imageNamesAndDigestsCompareAsTheRegistryResolvesThem() {
    assertThat(Drift.normalize("nginx"))
        .isEqualTo(Drift.normalize("docker.io/library/nginx:latest"));
    assertThat(Drift.normalize("ghcr.io/a/b")).isEqualTo("ghcr.io/a/b:latest");
    assertThat(Drift.normalize("localhost:5000/app")).isEqualTo("localhost:5000/app:latest");
    DockerContainer pinned =
        container(
            "loki",
            Map.of(
                "image", "grafana/loki:3.0", "repo_digests", List.of("grafana/loki@sha256:1111")));
    var same =
        Facts.service("master", "p", "loki", "grafana/loki@sha256:1111", List.of(), Map.of());
    var other =
        Facts.service("master", "p", "loki", "grafana/loki@sha256:2222", List.of(), Map.of());
    assertThat(Drift.image(same, pinned)).isEmpty();
    assertThat(Drift.image(other, pinned))
        .hasValueSatisfying(
            d -> assertThat(d).contains("compose sha256:2222", "running grafana/loki:3.0"));
  }
}
