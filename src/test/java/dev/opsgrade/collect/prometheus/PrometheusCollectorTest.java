package dev.opsgrade.collect.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.monitoring.KeyAlertsCheck;
import dev.opsgrade.check.monitoring.RetentionCheck;
import dev.opsgrade.check.monitoring.RulesHealthyCheck;
import dev.opsgrade.check.monitoring.TargetsUpCheck;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.collect.testing.TestInventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus collector and checks against Debian's real Prometheus on loopback. */
class PrometheusCollectorTest {
  @TempDir static Path dir;
  static RealPrometheus prometheus;
  static Evidence evidence;

  @BeforeAll
  static void startAndCollect() throws Exception {
    prometheus = RealPrometheus.start(dir, "30d");
    evidence =
        Collect.run(
            new PrometheusCollector(),
            TestInventories.with(
                TestInventories.prometheus(
                    prometheus.url,
                    List.of("InstanceDown", "DiskSpace", "CertificateExpiry", "ContainerDown"))),
            TestInventories.context(dir, Map.of(), false));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void everyPartOfTheApiIsReadAndRecordedWithItsUrl() {
    assertThat(evidence.runs("prometheus"))
        .extracting(CollectorRun::target)
        .containsExactlyInAnyOrder(
            prometheus.url + "/api/v1/alerts",
            prometheus.url + "/api/v1/rules",
            prometheus.url + "/api/v1/status/buildinfo",
            prometheus.url + "/api/v1/status/flags",
            prometheus.url + "/api/v1/status/runtimeinfo",
            prometheus.url + "/api/v1/targets");
    assertThat(evidence.runs("prometheus")).allMatch(r -> r.outcome() == CollectorRun.Outcome.OK);
  }

  @Test
  void targetsCarryHealthLastErrorAndLastScrape() {
    Map<String, PrometheusTarget> targets = byJob();
    assertThat(targets.get("node").health()).isEqualTo("up");
    assertThat(targets.get("node").labels()).containsEntry("host", "master");
    assertThat(targets.get("node").lastScrape()).isPresent();
    assertThat(targets.get("dead").health()).isEqualTo("down");
    assertThat(targets.get("dead").lastError()).contains("connection refused");
    assertThat(evidence.all(PrometheusDroppedTargets.class).getFirst().data().byJob())
        .containsEntry("cadvisor", 1);
    assertThat(evidence.all(Measurement.class))
        .extracting(m -> m.data().name() + "=" + m.data().value())
        .containsExactlyInAnyOrder("prometheus.targets=2", "prometheus.targets.up=1");
  }

  @Test
  void targetsUpFailsTheDeadTargetAndTheHostNothingWatches() {
    Map<String, Finding> findings = bySubject(Collect.judge(new TargetsUpCheck(), evidence));

    assertThat(findings.get("node/127.0.0.1:" + prometheus.nodePort).status())
        .isEqualTo(Status.PASS);
    Finding dead = findings.get("dead/127.0.0.1:" + prometheus.deadPort);
    assertThat(dead.status()).isEqualTo(Status.FAIL);
    assertThat(dead.message()).contains("connection refused");
    assertThat(dead.fix()).hasValueSatisfying(f -> assertThat(f).contains("/metrics"));
    assertThat(dead.location())
        .hasValueSatisfying(l -> assertThat(l.display()).endsWith("/api/v1/targets"));
    assertThat(findings.get("host master").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("host master").message())
        .contains("node-exporter", "label host=master");
    assertThat(findings.get("host lady").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("host lady").message()).contains("no node-exporter or cAdvisor target");
  }

  @Test
  void theRuleThatFailsAtEvaluationFailsItsGroupOnly() {
    Map<String, Finding> findings = bySubject(Collect.judge(new RulesHealthyCheck(), evidence));

    assertThat(findings.get("healthy").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("broken").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("broken").message()).contains("job:up:broken", "rules.yml");
    List<PrometheusRuleGroup.Rule> broken =
        evidence.all(PrometheusRuleGroup.class).stream()
            .filter(g -> g.data().name().equals("broken"))
            .findFirst()
            .orElseThrow()
            .data()
            .rules();
    assertThat(broken.getFirst().lastError()).isNotEmpty();
  }

  @Test
  void keyAlertsAreMatchedLooselyAndMissingOnesFail() {
    Map<String, Finding> findings = bySubject(Collect.judge(new KeyAlertsCheck(), evidence));

    assertThat(findings.get("InstanceDown").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("DiskSpace").status()).isEqualTo(Status.PASS);
    assertThat(findings.get("DiskSpace").message()).contains("HostOutOfDiskSpace");
    assertThat(findings.get("CertificateExpiry").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("ContainerDown").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void retentionComesFromTheRunningServer() {
    PrometheusServer server = evidence.all(PrometheusServer.class).getFirst().data();
    assertThat(server.retentionTimeFlag()).contains("30d");
    assertThat(server.storageRetention()).contains("30d");
    assertThat(server.version()).isPresent();

    List<Finding> findings = Collect.judge(new RetentionCheck(), evidence);
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.PASS);
    assertThat(findings.getFirst().message()).contains("30 d");
  }

  private static Map<String, PrometheusTarget> byJob() {
    return evidence.all(PrometheusTarget.class).stream()
        .map(FactView::data)
        .collect(Collectors.toMap(PrometheusTarget::job, Function.identity()));
  }

  static Map<String, Finding> bySubject(List<Finding> findings) {
    return findings.stream().collect(Collectors.toMap(Finding::subject, Function.identity()));
  }
}
