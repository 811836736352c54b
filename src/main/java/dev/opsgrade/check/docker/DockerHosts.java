package dev.opsgrade.check.docker;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.collect.docker.DockerHost;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.HostSpec;
import java.util.List;
import java.util.Optional;

/**
 * The Docker evidence of each inventory host: what its engine reported, or why there is none (not
 * configured, failed, timed out), quoting the collector's run. Checks that judge running containers
 * start here; a host without an engine reading gets an UNVERIFIED finding.
 */
public final class DockerHosts {
  static final String COLLECTOR = "docker";

  private DockerHosts() {}

  /** One host's reading; {@code missing} says why there is none. */
  public record HostEvidence(
      HostSpec spec,
      Optional<String> missing,
      Optional<FactView<DockerHost>> engine,
      List<FactView<DockerContainer>> containers,
      Optional<FactView<DockerEvents>> events) {

    public String name() {
      return spec.name();
    }

    public boolean read() {
      return missing.isEmpty();
    }
  }

  public static List<HostEvidence> of(Evidence evidence) {
    return evidence.inventory().hosts().stream().map(h -> of(evidence, h)).toList();
  }

  public static HostEvidence of(Evidence evidence, HostSpec spec) {
    String host = spec.name();
    Optional<FactView<DockerHost>> engine =
        evidence.all(DockerHost.class).stream()
            .filter(f -> f.data().host().equals(host))
            .findFirst();
    List<FactView<DockerContainer>> containers =
        evidence.all(DockerContainer.class).stream()
            .filter(f -> f.data().host().equals(host))
            .toList();
    Optional<FactView<DockerEvents>> events =
        evidence.all(DockerEvents.class).stream()
            .filter(f -> f.data().host().equals(host))
            .findFirst();
    Optional<String> missing =
        engine.isPresent() ? Optional.empty() : Optional.of(whyMissing(evidence, host));
    return new HostEvidence(spec, missing, engine, containers, events);
  }

  private static String whyMissing(Evidence evidence, String host) {
    Optional<CollectorRun> run = evidence.run(COLLECTOR, host);
    if (run.isPresent()) {
      return "the Docker Engine of "
          + host
          + " was not read ("
          + run.get().outcome()
          + ": "
          + run.get().detail()
          + ")";
    }
    return evidence.runs(COLLECTOR).stream()
        .filter(r -> r.outcome() == CollectorRun.Outcome.NOT_CONFIGURED)
        .findFirst()
        .map(r -> "the Docker Engine collector did not run: " + r.detail())
        .orElse("the Docker Engine of " + host + " was not read (no docker collector run)");
  }

  /** The findings of a check when the inventory lists no host at all. */
  public static List<Finding> noHosts(Evidence evidence, Findings findings) {
    return List.of(
        findings.unverified(
            evidence.inventory().name(), "the inventory lists no hosts (hosts[].docker)"));
  }

  /** The finding for a host whose engine was not read. */
  public static Finding unverified(HostEvidence host, Findings findings) {
    return findings.unverified(host.name(), host.missing().orElse("no Docker evidence"));
  }
}
