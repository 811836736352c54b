package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusServer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * mon.retention: Prometheus keeps at least {@link #MINIMUM} of history. opsgrade.yaml has no
 * retention setting of its own, so the floor is Prometheus's own default (15d): anything shorter
 * was shortened on purpose and loses the history needed to investigate an incident after a weekend
 * or a holiday.
 */
public final class RetentionCheck implements Check {
  public static final Duration MINIMUM = Duration.ofDays(15);

  @Override
  public String id() {
    return "mon.retention";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<PrometheusServer>> servers = evidence.all(PrometheusServer.class);
    Optional<String> effective = servers.stream().findFirst().flatMap(RetentionCheck::effective);
    if (effective.isEmpty()) {
      Optional<String> missing =
          MonitoringRuns.missing(evidence, "prometheus", "prometheus", "/api/v1/status/");
      return List.of(
          findings.unverified(
              "prometheus",
              missing.orElse("Prometheus reported neither storageRetention nor retention flags")));
    }
    return List.of(judge(servers.getFirst(), effective.get(), findings));
  }

  private static Finding judge(FactView<PrometheusServer> view, String text, Findings findings) {
    Retention retention = Retention.parse(text);
    if (retention.time().isEmpty() && retention.size().isEmpty()) {
      String message = "no evidence: retention '" + text + "' is neither a time nor a size";
      return findings.about(Status.UNVERIFIED, "prometheus", message, view);
    }
    List<String> ids = List.of(view.id());
    if (retention.time().isEmpty()) {
      String message = "retention limited by size only (" + text + ")";
      return findings
          .fail(
              "prometheus",
              message,
              view.location(),
              ids,
              "Add --storage.tsdb.retention.time=15d (or longer) beside the size limit: how many"
                  + " days a size keeps depends on ingest")
          .withStatus(Status.WARN, message);
    }
    String kept =
        "retention "
            + Ages.describe(retention.time().get())
            + retention.size().map(s -> ", size limit " + s).orElse("");
    if (retention.time().get().compareTo(MINIMUM) < 0) {
      return findings.fail(
          "prometheus",
          kept + " is shorter than " + Ages.describe(MINIMUM),
          view.location(),
          ids,
          "Start Prometheus with --storage.tsdb.retention.time=15d or longer (and check that its"
              + " disk holds that much)");
    }
    return findings.pass("prometheus", kept + " (at least " + Ages.describe(MINIMUM) + ")", view);
  }

  private static Optional<String> effective(FactView<PrometheusServer> view) {
    PrometheusServer server = view.data();
    return server.storageRetention().or(server::retentionTimeFlag).filter(s -> !s.isBlank());
  }
}
