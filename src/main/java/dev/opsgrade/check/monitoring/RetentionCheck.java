package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.prometheus.PrometheusServer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
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
    FactView<PrometheusServer> view = servers.getFirst();
    Retention retention = Retention.parse(effective.get());
    String sizeNote = retention.size().map(s -> ", size limit " + s).orElse("");
    if (retention.time().isEmpty() && retention.size().isEmpty()) {
      return List.of(
          findings.about(
              dev.opsgrade.model.Status.UNVERIFIED,
              "prometheus",
              "no evidence: retention '" + effective.get() + "' is neither a time nor a size",
              view));
    }
    if (retention.time().isEmpty()) {
      return List.of(
          findings
              .fail(
                  "prometheus",
                  "retention limited by size only ("
                      + effective.get()
                      + "): how many days that"
                      + " keeps depends on ingest",
                  view.location(),
                  List.of(view.id()),
                  "Add --storage.tsdb.retention.time=15d (or longer) beside the size limit")
              .withStatus(
                  dev.opsgrade.model.Status.WARN,
                  "retention limited by size only (" + effective.get() + ")"));
    }
    Duration time = retention.time().get();
    if (time.compareTo(MINIMUM) < 0) {
      return List.of(
          findings.fail(
              "prometheus",
              "retention "
                  + Ages.describe(time)
                  + sizeNote
                  + " is shorter than "
                  + Ages.describe(MINIMUM),
              view.location(),
              List.of(view.id()),
              "Start Prometheus with --storage.tsdb.retention.time=15d or longer (and check that"
                  + " its disk holds that much)"));
    }
    return List.of(
        findings.pass(
            "prometheus",
            "retention "
                + Ages.describe(time)
                + sizeNote
                + " (at least "
                + Ages.describe(MINIMUM)
                + ")",
            view));
  }

  private static Optional<String> effective(FactView<PrometheusServer> view) {
    PrometheusServer server = view.data();
    return server.storageRetention().or(server::retentionTimeFlag).filter(s -> !s.isBlank());
  }
}
