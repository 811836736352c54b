package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.loki.LokiHostLogs;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** mon.logs-per-host: Loki's newest line of every inventory host is younger than max_silence. */
public final class LogsPerHostCheck implements Check {

  @Override
  public String id() {
    return "mon.logs-per-host";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing =
        MonitoringRuns.missing(evidence, "loki", "loki", "/loki/api/v1/query_range");
    if (missing.isPresent()) {
      return List.of(findings.unverified("loki", missing.get()));
    }
    if (evidence.inventory().hosts().isEmpty()) {
      return List.of(findings.notApplicable("loki", "the inventory lists no hosts"));
    }
    List<FactView<LokiHostLogs>> logs = evidence.all(LokiHostLogs.class);
    List<Finding> out = new ArrayList<>();
    for (HostSpec host : evidence.inventory().hosts()) {
      Optional<FactView<LokiHostLogs>> view =
          logs.stream().filter(l -> l.data().host().equals(host.name())).findFirst();
      out.add(
          view.map(v -> judge(v, evidence, findings))
              .orElseGet(() -> findings.unverified(host.name(), unread(evidence, host))));
    }
    return out;
  }

  private static Finding judge(FactView<LokiHostLogs> view, Evidence evidence, Findings findings) {
    LokiHostLogs logs = view.data();
    Duration maxSilence = Duration.ofSeconds(logs.maxSilenceSeconds());
    String fix =
        "Restart the log shipper (promtail, alloy) on "
            + logs.host()
            + ", check its Loki push URL and that it sets the label "
            + logs.selector();
    if (logs.newestLine().isEmpty()) {
      Duration window = Duration.between(logs.windowStart(), logs.windowEnd());
      return findings.fail(
          logs.host(),
          "no log line with "
              + logs.selector()
              + " in the last "
              + Ages.describe(window)
              + " (max silence "
              + Ages.describe(maxSilence)
              + ")",
          view.location(),
          List.of(view.id()),
          fix);
    }
    Duration age = Duration.between(logs.newestLine().get(), evidence.now());
    String ago = "newest line " + Ages.describe(age) + " old";
    if (age.compareTo(maxSilence) > 0) {
      return findings.fail(
          logs.host(),
          ago + ", longer than the max silence " + Ages.describe(maxSilence),
          view.location(),
          List.of(view.id()),
          fix);
    }
    return findings.pass(
        logs.host(), ago + " (max silence " + Ages.describe(maxSilence) + ")", view);
  }

  private static String unread(Evidence evidence, HostSpec host) {
    // the run's target is the query URL, whose selector holds the host name in encoded quotes
    List<CollectorRun> failed =
        MonitoringRuns.failed(evidence, "loki", "%22" + host.name() + "%22");
    return failed.isEmpty()
        ? "the loki collector did not query logs of " + host.name()
        : "Loki query for "
            + host.name()
            + " failed: "
            + failed.stream().map(CollectorRun::detail).collect(Collectors.joining("; "));
  }
}
