package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * mon.targets-up: every active scrape target is up, and every inventory host is watched by a
 * node-exporter or cAdvisor target that is up (see {@link HostCoverage} for the matching).
 */
public final class TargetsUpCheck implements Check {
  static final String PATH = "/api/v1/targets";

  @Override
  public String id() {
    return "mon.targets-up";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing = MonitoringRuns.missing(evidence, "prometheus", "prometheus", PATH);
    if (missing.isPresent()) {
      return List.of(findings.unverified("prometheus", missing.get()));
    }
    List<FactView<PrometheusTarget>> targets = evidence.all(PrometheusTarget.class);
    if (targets.isEmpty()) {
      return List.of(
          findings.fail(
              "prometheus",
              "Prometheus has no active scrape target: nothing is monitored",
              targetsUrl(evidence),
              List.of(),
              "Add scrape_configs for node-exporter and cAdvisor on every host"));
    }
    List<Finding> out = new ArrayList<>();
    targets.forEach(view -> out.add(target(view, evidence, findings)));
    evidence.inventory().hosts().forEach(host -> out.add(Coverage.judge(host, targets, findings)));
    return out;
  }

  private static Finding target(
      FactView<PrometheusTarget> view, Evidence evidence, Findings findings) {
    PrometheusTarget target = view.data();
    String when =
        target
            .lastScrape()
            .map(
                at ->
                    ", last scrape " + Ages.describe(Duration.between(at, evidence.now())) + " ago")
            .orElse("");
    return switch (target.health()) {
      case "up" -> findings.pass(target.subject(), "up" + when, view);
      case "down" ->
          findings.fail(
              target.subject(),
              "down: "
                  + (target.lastError().isEmpty() ? "no error given" : target.lastError())
                  + when,
              view.location(),
              List.of(view.id()),
              "Make "
                  + target.scrapeUrl()
                  + " answer Prometheus (start the exporter, open the"
                  + " port to Prometheus) or remove the target from scrape pool "
                  + target.scrapePool());
      default ->
          findings.about(
              Status.UNVERIFIED,
              target.subject(),
              "no evidence: health " + target.health() + " (not scraped yet)",
              view);
    };
  }

  private static Location targetsUrl(Evidence evidence) {
    return evidence.runs("prometheus").stream()
        .filter(r -> r.target().contains(PATH))
        .findFirst()
        .map(r -> Location.url(r.target()))
        .orElse(Location.url(PATH));
  }
}
