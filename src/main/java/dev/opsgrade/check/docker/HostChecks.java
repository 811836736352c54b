package dev.opsgrade.check.docker;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a per-host judgement over every inventory host, UNVERIFIED where no engine was read. */
final class HostChecks {
  private HostChecks() {}

  static List<Finding> each(
      Evidence evidence, Findings findings, Function<HostEvidence, List<Finding>> judge) {
    List<HostEvidence> hosts = DockerHosts.of(evidence);
    if (hosts.isEmpty()) {
      return DockerHosts.noHosts(evidence, findings);
    }
    List<Finding> result = new ArrayList<>();
    for (HostEvidence host : hosts) {
      result.addAll(
          host.read() ? judge.apply(host) : List.of(DockerHosts.unverified(host, findings)));
    }
    return result;
  }
}
