package dev.opsgrade.check.monitoring;

import static dev.opsgrade.collect.testing.FactsBundle.PROMETHEUS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import dev.opsgrade.collect.prometheus.PrometheusServer;
import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.collect.testing.FactsBundle;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prometheus checks on hand-made evidence: the cases a live server does not readily show. */
class PrometheusChecksTest {
  static final String RULES = PROMETHEUS + "/api/v1/rules";
  static final String TARGETS = PROMETHEUS + "/api/v1/targets";
  static final String FLAGS = PROMETHEUS + "/api/v1/status/flags";

  @Test
  void withoutPrometheusInTheInventoryEveryCheckSaysSo() {
    FactsBundle facts =
        new FactsBundle()
            .run("prometheus", "homelab", CollectorRun.Outcome.NOT_CONFIGURED, "not configured");
    for (var check :
        List.of(
            new TargetsUpCheck(),
            new RulesHealthyCheck(),
            new KeyAlertsCheck(),
            new RetentionCheck())) {
      Finding finding = facts.judge(check).getFirst();
      assertThat(finding.status()).as(check.id()).isEqualTo(Status.UNVERIFIED);
      assertThat(finding.message())
          .as(check.id())
          .isEqualTo("no evidence: monitoring.prometheus is not configured in opsgrade.yaml");
    }
  }

  @Test
  void noTargetsOrNoRuleGroupsAtAllFail() {
    FactsBundle facts = new FactsBundle().ok("prometheus", TARGETS).ok("prometheus", RULES);

    assertThat(facts.judge(new TargetsUpCheck()).getFirst().message())
        .isEqualTo("Prometheus has no active scrape target: nothing is monitored");
    assertThat(facts.judge(new RulesHealthyCheck()).getFirst().status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aTargetNotScrapedYetIsUnverifiedNotPassed() {
    FactsBundle facts =
        new FactsBundle()
            .ok("prometheus", TARGETS)
            .fact("node/a:9100", TARGETS, target("node", "a:9100", "unknown", Map.of()));

    Finding finding = facts.judge(new TargetsUpCheck()).getFirst();

    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains("not scraped yet");
  }

  @Test
  void aHostWatchedOnlyByADownExporterFailsAndTheDockerEndpointNameCounts() {
    PrometheusTarget cadvisor = target("cadvisor", "lady.example.net:8080", "down", Map.of());
    HostSpec lady =
        new HostSpec(
            "lady",
            Optional.of("ssh://ops@lady.example.net"),
            Optional.empty(),
            List.of(),
            Optional.empty());
    FactsBundle facts = new FactsBundle().ok("prometheus", TARGETS).fact("c", TARGETS, cadvisor);
    var views = facts.evidence().all(PrometheusTarget.class);

    assertThat(HostCoverage.matches(lady, views))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.describe())
                    .isEqualTo(
                        "cAdvisor cadvisor/lady.example.net:8080 (label instance=lady.example.net:8080)"));
    Finding finding =
        Coverage.judge(
            lady,
            views,
            new dev.opsgrade.check.Findings(
                dev.opsgrade.check.Catalogue.standard().get("mon.targets-up")));
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).startsWith("watched only by targets that are down");
  }

  @Test
  void anExporterOfAnotherHostDoesNotCount() {
    PrometheusTarget node = target("node", "10.0.0.2:9100", "up", Map.of("host", "ladybird"));
    HostSpec lady =
        new HostSpec("lady", Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    var views = new FactsBundle().fact("n", TARGETS, node).evidence().all(PrometheusTarget.class);

    assertThat(HostCoverage.matches(lady, views)).isEmpty();
  }

  @Test
  void keyAlertsMatchByNameWordOrQueryAndSayWhy() {
    PrometheusRuleGroup group =
        new PrometheusRuleGroup(
            "estate",
            "/etc/prometheus/rules/estate.yml",
            Optional.empty(),
            List.of(
                alert("TargetMissing", "up == 0"),
                alert("SslExpiresSoon", "probe_ssl_earliest_cert_expiry - time() < 86400 * 14"),
                alert("ContainerKilled", "time() - container_last_seen > 60"),
                alert("BackupTooOldMaster", "time() - restic_last_snapshot > 93600"),
                new PrometheusRuleGroup.Rule("disk:used", "recording", "ok", "", "x", "")));
    FactsBundle facts =
        new FactsBundle()
            .inventory(
                dev.opsgrade.collect.testing.TestInventories.prometheus(
                    PROMETHEUS,
                    List.of(
                        "InstanceDown",
                        "CertificateExpiry",
                        "ContainerDown",
                        "BackupTooOld",
                        "DiskSpace")))
            .ok("prometheus", RULES)
            .fact("estate", RULES, group);

    Map<String, Finding> findings = FindingMaps.bySubject(facts.judge(new KeyAlertsCheck()));

    assertThat(findings.get("InstanceDown").message())
        .isEqualTo("defined as TargetMissing in group estate (query uses up == 0)");
    assertThat(findings.get("CertificateExpiry").message())
        .contains("SslExpiresSoon", "name contains 'ssl'");
    assertThat(findings.get("ContainerDown").message())
        .contains("ContainerKilled", "named ContainerKilled");
    assertThat(findings.get("BackupTooOld").message())
        .contains("BackupTooOldMaster", "name like BackupTooOld");
    assertThat(findings.get("DiskSpace").status()).isEqualTo(Status.FAIL);
    assertThat(findings.get("DiskSpace").message())
        .contains("among 4 alerting rules", "names containing disk or filesystem");
  }

  @Test
  void containerDownIsNotTakenForInstanceDown() {
    PrometheusRuleGroup group =
        new PrometheusRuleGroup(
            "g", "", Optional.empty(), List.of(alert("ContainerDown", "absent(x)")));
    FactsBundle facts = new FactsBundle().ok("prometheus", RULES).fact("g", RULES, group);

    assertThat(facts.judge(new KeyAlertsCheck()).getFirst().status()).isEqualTo(Status.FAIL);
  }

  @Test
  void retentionBelowFifteenDaysFailsAndSizeOnlyWarns() {
    assertThat(retention("2d").status()).isEqualTo(Status.FAIL);
    assertThat(retention("2d").message()).isEqualTo("retention 2 d is shorter than 15 d");
    assertThat(retention("30d or 10GiB").message())
        .isEqualTo("retention 30 d, size limit 10GiB (at least 15 d)");
    assertThat(retention("1y").status()).isEqualTo(Status.PASS);
    assertThat(retention("10GiB").status()).isEqualTo(Status.WARN);
    assertThat(retention("nonsense").status()).isEqualTo(Status.UNVERIFIED);
  }

  @Test
  void retentionTextsParseLikePrometheusDurations() {
    assertThat(Retention.parse("2w3d").time()).contains(Duration.ofDays(17));
    assertThat(Retention.parse("36h").time()).contains(Duration.ofHours(36));
    assertThat(Retention.parse("15d or 512MB").size()).contains("512MB");
    assertThat(Retention.parse("0s").time()).isEmpty();
    assertThat(Retention.parse("15 days").time()).isEmpty();
  }

  private static Finding retention(String storage) {
    PrometheusServer server =
        new PrometheusServer(
            Optional.of("2.42.0"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(storage),
            Optional.of(true),
            Optional.empty());
    return new FactsBundle()
        .ok("prometheus", FLAGS)
        .fact("prometheus", FLAGS, server)
        .judge(new RetentionCheck())
        .getFirst();
  }

  static PrometheusTarget target(
      String job, String instance, String health, Map<String, String> extra) {
    Map<String, String> labels = new java.util.TreeMap<>(extra);
    labels.put("job", job);
    labels.put("instance", instance);
    return new PrometheusTarget(
        job,
        job,
        instance,
        "http://" + instance + "/metrics",
        health,
        "",
        Optional.empty(),
        Optional.empty(),
        labels);
  }

  static PrometheusRuleGroup.Rule alert(String name, String query) {
    return new PrometheusRuleGroup.Rule(name, "alerting", "ok", "", query, "inactive");
  }
}
