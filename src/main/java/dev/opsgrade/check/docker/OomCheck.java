package dev.opsgrade.check.docker;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** rel.oom: no container was OOM-killed at its last exit or in the last 24 h of events. */
public final class OomCheck implements Check {

  @Override
  public String id() {
    return "rel.oom";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostChecks.each(evidence, findings, host -> judge(host, findings));
  }

  private static List<Finding> judge(HostEvidence host, Findings findings) {
    List<Finding> result = new ArrayList<>();
    Optional<DockerEvents> events = host.events().map(FactView::data);
    String scope = events.isPresent() ? "" : " (no engine events: only the last exit is known)";
    for (FactView<DockerContainer> fact : host.containers()) {
      DockerContainer c = fact.data();
      int kills =
          events.flatMap(e -> e.of(c.name())).map(DockerEvents.ContainerEvents::ooms).orElse(0);
      if (c.startedAt().isEmpty() && kills == 0) {
        continue;
      }
      if (c.oomKilled() || kills > 0) {
        String what =
            (c.oomKilled()
                    ? "OOM-killed at its last exit"
                        + c.finishedAt().map(t -> " (" + t + ")").orElse("")
                    : "")
                + (c.oomKilled() && kills > 0 ? "; " : "")
                + (kills > 0 ? kills + " OOM kill(s) in the events window" : "");
        result.add(
            findings.fail(
                c.subject(),
                what + "; memory limit " + RunningContainerJudgements.mib(c.memoryLimitBytes()),
                fact.location(),
                List.of(fact.id()),
                "Raise the memory limit of "
                    + c.name()
                    + " above its measured peak"
                    + " (mem_limit in its compose file), or find the leak."));
      } else {
        result.add(findings.pass(c.subject(), "no OOM kill" + scope, fact));
      }
    }
    if (result.isEmpty()) {
      result.add(
          findings.notApplicable(host.name(), "no container on " + host.name() + " has run"));
    }
    return result;
  }
}
