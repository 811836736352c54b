package dev.opsgrade.check.availability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Expectation;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** avail.latency: p95 of every route and endpoint within its budget (2 s unless declared). */
public final class LatencyCheck implements Check {

  @Override
  public String id() {
    return "avail.latency";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Probes probes = Probes.of(evidence);
    RouteBook book = RouteBook.of(evidence);
    List<FactView<HttpProbe>> probed = new ArrayList<>(probes.of(HttpProbe.Kind.ROUTE));
    probed.addAll(probes.of(HttpProbe.Kind.ENDPOINT));
    if (probed.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), probes.missing()));
    }
    List<Finding> result = new ArrayList<>();
    for (FactView<HttpProbe> view : probed) {
      Duration budget = Expectation.of(view.data(), book, evidence.inventory()).maxLatency();
      result.add(judge(view, budget, findings));
    }
    return result;
  }

  static Finding judge(FactView<HttpProbe> view, Duration budget, Findings findings) {
    HttpProbe probe = view.data();
    Location at = Location.url(probe.url());
    if (probe.p95Millis().isEmpty()) {
      return findings.notApplicable(
          probe.url(),
          "no answer to time (" + probe.outcome().label() + "): see avail.route-status");
    }
    long p95 = probe.p95Millis().get();
    String measured =
        "p95 "
            + seconds(p95)
            + " s, p50 "
            + seconds(probe.p50Millis().orElse(p95))
            + " s over "
            + probe.samples().size()
            + " samples (budget "
            + seconds(budget.toMillis())
            + " s)";
    if (p95 > budget.toMillis()) {
      return findings.fail(
          probe.url(),
          measured,
          at,
          List.of(view.id()),
          "Find what makes "
              + probe.url()
              + " slow (the backend "
              + probe.router().orElse(probe.host())
              + ", its database, its resources) or raise its max_latency if this is expected");
    }
    Status status = p95 > budget.toMillis() * 8 / 10 ? Status.WARN : Status.PASS;
    return findings.of(
        status,
        probe.url(),
        measured + (status == Status.WARN ? ", close to the budget" : ""),
        Optional.of(at),
        List.of(view.id()));
  }

  static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0);
  }
}
