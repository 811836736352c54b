package dev.opsgrade.check.docker;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * chg.drift: a container of a declared compose service runs what its compose file says: image (tag
 * or digest), published ports and Traefik labels. A difference shows both sides.
 */
public final class DriftCheck implements Check {

  @Override
  public String id() {
    return "chg.drift";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostChecks.each(evidence, findings, host -> judge(evidence, host, findings));
  }

  private static List<Finding> judge(Evidence evidence, HostEvidence host, Findings findings) {
    ComposeMatch.Declared declared = ComposeMatch.declared(evidence, host);
    if (declared.missing().isPresent()) {
      return List.of(findings.unverified(host.name(), declared.missing().get()));
    }
    List<Finding> result = new ArrayList<>();
    for (FactView<DockerContainer> fact : host.containers()) {
      Optional<FactView<ComposeService>> service =
          ComposeMatch.serviceOf(fact.data(), declared.services());
      service.ifPresent(s -> result.add(compare(fact, s, findings)));
    }
    if (result.isEmpty()) {
      result.add(
          findings.notApplicable(
              host.name(),
              "no container on " + host.name() + " belongs to a declared compose service"));
    }
    return result;
  }

  private static Finding compare(
      FactView<DockerContainer> fact, FactView<ComposeService> service, Findings findings) {
    DockerContainer c = fact.data();
    ComposeService s = service.data();
    List<String> differences = new ArrayList<>();
    Drift.image(s, c).ifPresent(differences::add);
    Drift.ports(s, c).ifPresent(differences::add);
    Drift.traefikLabels(s, c).ifPresent(differences::add);
    Location where = Location.file(s.file(), s.line());
    List<String> ids = List.of(fact.id(), service.id());
    if (differences.isEmpty()) {
      return findings.of(
          dev.opsgrade.model.Status.PASS,
          c.subject(),
          "runs what "
              + s.file()
              + " declares for "
              + s.service()
              + " (image, ports, Traefik labels)",
          Optional.of(where),
          ids);
    }
    return findings.fail(
        c.subject(),
        "differs from "
            + s.file()
            + ":"
            + s.line()
            + " ("
            + s.service()
            + "): "
            + String.join("; ", differences),
        where,
        ids,
        "Commit what runs into "
            + s.file()
            + ", or redeploy "
            + s.service()
            + " from it (docker compose up -d "
            + s.service()
            + ").");
  }
}
