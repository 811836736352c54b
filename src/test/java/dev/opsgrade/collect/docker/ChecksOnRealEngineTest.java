package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.docker.Facts;
import dev.opsgrade.check.docker.RunningContainerJudgements;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Docker checks on what a real engine reports, beside the compose facts of its host: one
 * service drifted, one declared and missing, a host down and a host without an engine.
 */
@ExtendWith(TestEngine.Extension.class)
class ChecksOnRealEngineTest {
  private static Evidence evidence;
  private static List<Finding> findings;

  @BeforeAll
  static void assess(TestEngine engine) {
    Scenario.ensure(engine);
    List<HostSpec> hosts =
        List.of(
            new HostSpec(
                "master",
                Optional.of("unix://" + engine.socket),
                Optional.empty(),
                List.of("stacks/master/docker-compose.yml"),
                Optional.empty()),
            Inventories.host("down", "tcp://127.0.0.1:" + Processes.freePort()),
            new HostSpec("quiet", Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
    EvidenceBundle bundle =
        Inventories.collect(Inventories.of(hosts), Duration.ofSeconds(5), Map.of());
    Map<String, String> webLabels =
        Map.of(
            "traefik.enable", "true",
            "traefik.http.routers.web.rule", "Host(`shop.example.net`)",
            "traefik.http.middlewares.web-auth.basicauth.users", Scenario.BASIC_AUTH);
    List<ComposeService> declared =
        List.of(
            Facts.service("master", "shop", "web", TestEngine.IMAGE, List.of(), webLabels),
            Facts.service("master", "shop", "db", TestEngine.IMAGE, List.of(), Map.of()),
            Facts.service(
                "master",
                "shop",
                "api",
                TestEngine.IMAGE,
                List.of(Facts.port("127.0.0.1", 18091, 8080)),
                Map.of("traefik.http.routers.api.rule", "Host(`api.example.net`)")),
            Facts.service("master", "shop", "worker", TestEngine.IMAGE, List.of(), Map.of()));
    evidence = Facts.with(bundle, declared);
    findings = CheckRegistry.standard().evaluate(evidence);
  }

  private static Finding finding(String check, String subject) {
    return findings.stream()
        .filter(f -> f.check().equals(check) && f.subject().equals(subject))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + check + " finding for " + subject + ": " + findings));
  }

  @Test
  void unhealthyContainersFailWithTheirLastHealthLog() {
    Finding db = finding("rel.unhealthy", "master/db");
    assertThat(db.status()).isEqualTo(Status.FAIL);
    assertThat(db.message()).contains("db down");
    assertThat(db.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("docker inspect"));
    assertThat(db.location())
        .hasValueSatisfying(l -> assertThat(l.display()).contains("/containers/"));
    assertThat(finding("rel.unhealthy", "master/web").status()).isEqualTo(Status.PASS);
  }

  @Test
  void hostsWithoutAnEngineReadingAreUnverifiedWithTheReason() {
    for (String check :
        List.of(
            "rel.unhealthy", "rel.restart-loop", "rel.oom", "rel.declared-running", "chg.drift")) {
      Finding down = finding(check, "down");
      assertThat(down.status()).isEqualTo(Status.UNVERIFIED);
      assertThat(down.message()).contains("FAILED", "connection refused");
      Finding quiet = finding(check, "quiet");
      assertThat(quiet.status()).isEqualTo(Status.UNVERIFIED);
      assertThat(quiet.message()).contains("hosts[2].docker is not set");
    }
  }

  @Test
  void restartLoopsAndOomKills() {
    Finding looper = finding("rel.restart-loop", "master/looper");
    assertThat(looper.status()).isEqualTo(Status.FAIL);
    assertThat(looper.message()).contains("threshold 5");
    assertThat(finding("rel.restart-loop", "master/web").status()).isEqualTo(Status.PASS);
    Finding hog = finding("rel.oom", "master/hog");
    assertThat(hog.status()).isEqualTo(Status.FAIL);
    assertThat(hog.message()).contains("OOM-killed", "memory limit 8 MiB");
    assertThat(finding("rel.oom", "master/web").status()).isEqualTo(Status.PASS);
  }

  @Test
  void declaredAndRunningAreComparedBothWays() {
    Finding master = finding("rel.declared-running", "master");
    assertThat(master.status()).isEqualTo(Status.FAIL);
    assertThat(master.message())
        .contains("declared but not running: ", "worker (no container)", "api (created)")
        .contains("running but not declared: ", "plain", "socket");
    assertThat(master.message()).doesNotContain("not declared: web").doesNotContain("db,");
  }

  @Test
  void driftShowsBothSides() {
    Finding api = finding("chg.drift", "master/shop-api-1");
    assertThat(api.status()).isEqualTo(Status.FAIL);
    assertThat(api.message())
        .contains("image: compose " + TestEngine.IMAGE + " / running opsgrade-test/busybox:2")
        .contains(
            "ports: compose [127.0.0.1:18091->8080/tcp] / running [127.0.0.1:18090->8080/tcp]")
        .doesNotContain("Traefik");
    assertThat(api.location())
        .hasValueSatisfying(
            l -> assertThat(l.display()).isEqualTo("stacks/master/docker-compose.yml:10"));
    // same image, no ports, the same Traefik labels (the basic-auth hash compared as fingerprints)
    assertThat(finding("chg.drift", "master/web").status()).isEqualTo(Status.PASS);
  }

  @Test
  void runningContainerJudgementsOnRealContainers() {
    Map<String, DockerContainer> byName =
        evidence.all(DockerContainer.class).stream()
            .map(FactView::data)
            .filter(c -> c.host().equals("master"))
            .collect(java.util.stream.Collectors.toMap(DockerContainer::name, c -> c));
    assertThat(RunningContainerJudgements.privileged(byName.get("root"))).isPresent();
    assertThat(RunningContainerJudgements.privileged(byName.get("plain"))).isEmpty();
    assertThat(RunningContainerJudgements.dockerSocket(byName.get("socket")))
        .hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(Status.FAIL));
    assertThat(RunningContainerJudgements.dockerSocket(byName.get("plain"))).isEmpty();
    assertThat(RunningContainerJudgements.publicBindings(byName.get("exposed"), List.of(80, 443)))
        .singleElement()
        .satisfies(j -> assertThat(j.message()).contains("0.0.0.0:18081->80/tcp"));
    assertThat(RunningContainerJudgements.publicBindings(byName.get("exposed"), List.of(18081)))
        .isEmpty();
    assertThat(RunningContainerJudgements.memoryLimit(byName.get("plain"))).isPresent();
    assertThat(RunningContainerJudgements.memoryLimit(byName.get("web"))).isEmpty();
    assertThat(RunningContainerJudgements.healthcheck(byName.get("plain"))).isPresent();
    assertThat(RunningContainerJudgements.healthcheck(byName.get("web"))).isEmpty();
    assertThat(RunningContainerJudgements.restartPolicy(byName.get("plain"))).isPresent();
    assertThat(RunningContainerJudgements.restartPolicy(byName.get("web"))).isEmpty();
  }
}
