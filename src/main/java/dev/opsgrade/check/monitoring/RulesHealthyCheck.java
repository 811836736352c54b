package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** mon.rules-healthy: every rule of every group evaluates without error. */
public final class RulesHealthyCheck implements Check {
  static final String PATH = "/api/v1/rules";

  @Override
  public String id() {
    return "mon.rules-healthy";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing = MonitoringRuns.missing(evidence, "prometheus", "prometheus", PATH);
    if (missing.isPresent()) {
      return List.of(findings.unverified("prometheus", missing.get()));
    }
    List<FactView<PrometheusRuleGroup>> groups = evidence.all(PrometheusRuleGroup.class);
    if (groups.isEmpty()) {
      return List.of(
          findings.fail(
              "prometheus",
              "Prometheus evaluates no rule group, so no alert can ever fire",
              rulesUrl(evidence),
              List.of(),
              "Add rule_files to prometheus.yml with the alert rules of the estate"));
    }
    List<Finding> out = new ArrayList<>();
    groups.forEach(group -> out.add(judge(group, findings)));
    return out;
  }

  private static Finding judge(FactView<PrometheusRuleGroup> view, Findings findings) {
    PrometheusRuleGroup group = view.data();
    List<PrometheusRuleGroup.Rule> failing =
        group.rules().stream().filter(PrometheusRuleGroup.Rule::failing).toList();
    String where = group.file().isEmpty() ? "" : " (" + group.file() + ")";
    if (!failing.isEmpty()) {
      String errors =
          failing.stream()
              .map(r -> r.name() + ": " + (r.lastError().isEmpty() ? "health err" : r.lastError()))
              .collect(Collectors.joining("; "));
      return findings.fail(
          group.name(),
          failing.size() + " of " + group.rules().size() + " rules fail" + where + ": " + errors,
          view.location(),
          List.of(view.id()),
          "Fix the expression of "
              + failing.stream()
                  .map(PrometheusRuleGroup.Rule::name)
                  .collect(Collectors.joining(", "))
              + " in "
              + (group.file().isEmpty() ? "its rule file" : group.file())
              + " (check it with promtool query against live data)");
    }
    long unknown = group.rules().stream().filter(r -> r.health().equals("unknown")).count();
    if (unknown > 0 && unknown == group.rules().size()) {
      return findings.about(
          Status.UNVERIFIED, group.name(), "no evidence: no rule evaluated yet" + where, view);
    }
    String notYet = unknown > 0 ? " (" + unknown + " not evaluated yet)" : "";
    return findings.pass(
        group.name(), group.rules().size() + " rules, none failing" + notYet + where, view);
  }

  static Location rulesUrl(Evidence evidence) {
    return evidence.runs("prometheus").stream()
        .filter(r -> r.target().contains(PATH))
        .findFirst()
        .map(r -> Location.url(r.target()))
        .orElse(Location.url(PATH));
  }
}
