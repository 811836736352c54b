package dev.opsgrade.collect.prometheus;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A rule group as Prometheus evaluates it, each rule with its health and last error. */
@FactKind("prometheus.rule-group")
public record PrometheusRuleGroup(
    String name, String file, Optional<Instant> lastEvaluation, List<Rule> rules) {

  /** type "alerting" or "recording"; health "ok", "err" or "unknown"; state of an alerting rule. */
  public record Rule(
      String name, String type, String health, String lastError, String query, String state) {

    public boolean alerting() {
      return type.equals("alerting");
    }

    public boolean failing() {
      return health.equals("err") || !lastError.isEmpty();
    }
  }
}
