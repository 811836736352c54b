package dev.opsgrade.check.availability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.traefik.ConfigSource;
import dev.opsgrade.collect.traefik.TraefikService;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** avail.backends: every load-balanced service of the running proxy has its servers UP. */
public final class BackendsCheck implements Check {

  @Override
  public String id() {
    return "avail.backends";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<TraefikService>> services =
        evidence.all(TraefikService.class).stream()
            .filter(s -> s.data().source() == ConfigSource.API && !s.data().servers().isEmpty())
            .toList();
    if (services.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), why(evidence)));
    }
    return services.stream().map(s -> judge(s, findings)).toList();
  }

  static Finding judge(FactView<TraefikService> view, Findings findings) {
    TraefikService service = view.data();
    long up = service.serversUp();
    int all = service.servers().size();
    String servers =
        service.servers().stream()
            .map(s -> s.url() + " " + s.status())
            .collect(Collectors.joining(", "));
    String message = up + " of " + all + " servers UP (" + servers + ")";
    if (up == all) {
      return findings.of(
          Status.PASS, service.name(), message, Optional.of(view.location()), List.of(view.id()));
    }
    Finding failed =
        findings.fail(
            service.name(),
            message,
            view.location(),
            List.of(view.id()),
            "Start or fix the DOWN servers of "
                + service.name()
                + " (the containers behind it), or remove them from the service");
    return up > 0 ? failed.withStatus(Status.WARN, message) : failed;
  }

  private static String why(Evidence evidence) {
    // only the API's own run says whether the running proxy was read (rules files and compose
    // labels are read too, under their own targets)
    Optional<String> api =
        evidence.inventory().proxy().flatMap(p -> p.traefik()).flatMap(t -> t.api());
    List<CollectorRun> runs =
        evidence.runs("traefik").stream()
            .filter(r -> api.map(r.target()::equals).orElse(false))
            .toList();
    if (runs.isEmpty()) {
      return "the Traefik API was not read (no proxy.traefik.api in the inventory): server status comes only from the running proxy";
    }
    if (runs.stream().allMatch(CollectorRun::succeeded)) {
      return "the Traefik API lists no load-balanced service with servers";
    }
    return "the Traefik API could not be read: "
        + runs.stream().map(r -> r.outcome() + " " + r.detail()).collect(Collectors.joining("; "));
  }
}
