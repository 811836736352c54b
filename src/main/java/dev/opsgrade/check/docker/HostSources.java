package dev.opsgrade.check.docker;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ComposeEvidence;
import dev.opsgrade.check.compose.ComposeJudging;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks, per inventory host, what a check judges: the containers its engine reported when it was
 * read (what actually runs wins over what compose declares), else the host's compose services. For
 * the checks that can judge both: rel.healthcheck, rel.memory-limit, rel.restart-policy,
 * sec.privileged, sec.docker-socket, sec.public-binding.
 */
public final class HostSources {
  private HostSources() {}

  /** Which of a read host's containers a check judges. */
  public enum Containers {
    /** Only running ones: a stopped container uses no memory and runs no healthcheck. */
    RUNNING,
    /** Created and exited ones too: they start with the same privileges and bindings. */
    ALL
  }

  public static List<Finding> judge(
      Evidence evidence,
      Findings findings,
      Containers which,
      Function<FactView<DockerContainer>, Finding> running,
      Function<FactView<ComposeService>, Finding> declared) {
    List<HostEvidence> live = DockerHosts.of(evidence).stream().filter(HostEvidence::read).toList();
    List<Finding> result = new ArrayList<>();
    for (HostEvidence host : live) {
      result.addAll(judgeRunning(host, findings, which, running));
    }
    Set<String> liveNames = live.stream().map(HostEvidence::name).collect(Collectors.toSet());
    ComposeEvidence compose = ComposeEvidence.of(evidence).excluding(liveNames);
    boolean everyHostLive = !live.isEmpty() && live.size() == evidence.inventory().hosts().size();
    if (!everyHostLive || compose.missing().isEmpty()) {
      result.addAll(ComposeJudging.eachActiveService(compose, findings, declared));
    }
    return result;
  }

  private static List<Finding> judgeRunning(
      HostEvidence host,
      Findings findings,
      Containers which,
      Function<FactView<DockerContainer>, Finding> running) {
    List<FactView<DockerContainer>> containers =
        host.containers().stream()
            .filter(c -> which == Containers.ALL || c.data().running())
            .toList();
    if (containers.isEmpty()) {
      String kind = which == Containers.ALL ? "container" : "running container";
      return List.of(
          findings.notApplicable(
              host.name(), "the Docker Engine of " + host.name() + " reports no " + kind));
    }
    return containers.stream().map(running).toList();
  }
}
