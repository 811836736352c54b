package dev.opsgrade.check.docker;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;

/** rel.unhealthy: every running container with a healthcheck reports healthy. */
public final class UnhealthyCheck implements Check {

  @Override
  public String id() {
    return "rel.unhealthy";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostChecks.each(evidence, findings, host -> judge(host, findings));
  }

  private static List<Finding> judge(HostEvidence host, Findings findings) {
    List<Finding> result = new ArrayList<>();
    for (FactView<DockerContainer> fact : host.containers()) {
      DockerContainer c = fact.data();
      if (!c.running() || c.health().isEmpty()) {
        continue;
      }
      String health = c.health().get();
      switch (health) {
        case "healthy" -> result.add(findings.pass(c.subject(), "healthy", fact));
        case "unhealthy" ->
            result.add(
                findings.fail(
                    c.subject(),
                    "unhealthy: " + lastCheck(c),
                    fact.location(),
                    List.of(fact.id()),
                    "Run `docker inspect --format '{{json .State.Health}}' "
                        + c.name()
                        + "` on "
                        + c.host()
                        + ", fix what the healthcheck reports, then `docker restart "
                        + c.name()
                        + "`."));
        default ->
            result.add(
                findings.about(
                    Status.WARN, c.subject(), "health '" + health + "': not yet confirmed", fact));
      }
    }
    if (result.isEmpty()) {
      result.add(
          findings.notApplicable(
              host.name(),
              "no running container on "
                  + host.name()
                  + " has a healthcheck (see rel.healthcheck)"));
    }
    return result;
  }

  private static String lastCheck(DockerContainer c) {
    return c.lastHealthLog()
        .map(
            log ->
                "the last check exited "
                    + log.exitCode()
                    + log.end().map(t -> " at " + t).orElse("")
                    + (log.output().isEmpty() ? "" : ": " + log.output()))
        .orElse("no health log");
  }
}
