package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.HostSpec;
import java.util.List;
import java.util.stream.Collectors;

/** The host half of mon.targets-up: one finding per inventory host. */
final class Coverage {
  private Coverage() {}

  static Finding judge(HostSpec host, List<FactView<PrometheusTarget>> targets, Findings findings) {
    List<HostCoverage.Match> matches = HostCoverage.matches(host, targets);
    String subject = "host " + host.name();
    FactView<PrometheusTarget> any = targets.getFirst();
    if (matches.isEmpty()) {
      return findings.fail(
          subject,
          "no node-exporter or cAdvisor target watches "
              + host.name()
              + ": "
              + HostCoverage.rules(host.name()),
          any.location(),
          List.of(),
          "Run node-exporter (and cAdvisor) on "
              + host.name()
              + ", scrape it, and give the target the label host="
              + host.name());
    }
    List<HostCoverage.Match> up = matches.stream().filter(m -> m.target().data().up()).toList();
    List<String> ids = matches.stream().map(m -> m.target().id()).toList();
    if (up.isEmpty()) {
      return findings.fail(
          subject,
          "watched only by targets that are down: " + describe(matches),
          any.location(),
          ids,
          "Bring the exporter on " + host.name() + " back up (see its target's last error)");
    }
    return findings.of(
        dev.opsgrade.model.Status.PASS,
        subject,
        "watched by " + describe(up),
        java.util.Optional.of(any.location()),
        ids);
  }

  private static String describe(List<HostCoverage.Match> matches) {
    return matches.stream().map(HostCoverage.Match::describe).collect(Collectors.joining(", "));
  }
}
