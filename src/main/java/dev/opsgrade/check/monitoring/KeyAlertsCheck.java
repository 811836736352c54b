package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.List;
import java.util.Optional;

/**
 * mon.key-alerts: every key alert of prometheus.key_alerts is defined as an alerting rule, matched
 * loosely by {@link KeyAlertRules}.
 */
public final class KeyAlertsCheck implements Check {

  @Override
  public String id() {
    return "mon.key-alerts";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing =
        MonitoringRuns.missing(evidence, "prometheus", "prometheus", RulesHealthyCheck.PATH);
    if (missing.isPresent()) {
      return List.of(findings.unverified("prometheus", missing.get()));
    }
    List<String> wanted =
        evidence
            .inventory()
            .monitoring()
            .flatMap(MonitoringSpec::prometheus)
            .map(MonitoringSpec.Prometheus::keyAlerts)
            .orElse(List.of());
    if (wanted.isEmpty()) {
      return List.of(
          findings.notApplicable("prometheus", "prometheus.key_alerts is empty in opsgrade.yaml"));
    }
    List<FactView<PrometheusRuleGroup>> views = evidence.all(PrometheusRuleGroup.class);
    Location at = RulesHealthyCheck.rulesUrl(evidence);
    return wanted.stream().map(name -> judge(name, views, at, findings)).toList();
  }

  private static Finding judge(
      String name, List<FactView<PrometheusRuleGroup>> views, Location at, Findings findings) {
    List<PrometheusRuleGroup> groups = views.stream().map(FactView::data).toList();
    List<String> ids = views.stream().map(FactView::id).toList();
    KeyAlertRules.KeyAlert alert = KeyAlertRules.of(name);
    Optional<KeyAlertRules.Match> match = KeyAlertRules.find(alert, groups);
    if (match.isPresent()) {
      KeyAlertRules.Match m = match.get();
      String message = "defined as %s in group %s (%s)".formatted(m.rule(), m.group(), m.because());
      return findings.of(Status.PASS, name, message, Optional.of(at), ids);
    }
    String message =
        "no alerting rule matches %s among %d alerting rules (looked for names %s%s)"
            .formatted(
                name, alertingRules(groups), String.join(", ", alert.names()), similar(alert));
    return findings.fail(
        name, message, at, ids, "Add an alerting rule " + name + " to a Prometheus rule file");
  }

  private static long alertingRules(List<PrometheusRuleGroup> groups) {
    return groups.stream()
        .flatMap(g -> g.rules().stream())
        .filter(PrometheusRuleGroup.Rule::alerting)
        .count();
  }

  private static String similar(KeyAlertRules.KeyAlert alert) {
    String words =
        alert.nameContains().isEmpty()
            ? ""
            : ", names containing " + String.join(" or ", alert.nameContains());
    String queries =
        alert.queryContains().isEmpty()
            ? ""
            : ", queries on " + String.join(" or ", alert.queryContains());
    return words + queries;
  }
}
