package dev.opsgrade.check.reliability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.check.docker.HostSources;
import dev.opsgrade.check.docker.RunningContainerJudgements;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Optional;

/** rel.memory-limit: an unlimited container can starve every other service on its host. */
public final class MemoryLimitCheck implements Check {

  @Override
  public String id() {
    return "rel.memory-limit";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostSources.judge(
        evidence,
        findings,
        HostSources.Containers.RUNNING,
        running ->
            RunningContainerJudgements.finding(
                findings,
                running,
                RunningContainerJudgements.memoryLimit(running.data()),
                usage(running.data())),
        view -> judge(view, findings));
  }

  /** Docker reports no limit as 0 for a running container; compose as no value. */
  public static boolean limited(Optional<Long> limitBytes) {
    return limitBytes.filter(b -> b > 0).isPresent();
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    if (!limited(service.memoryLimitBytes())) {
      return ServiceFindings.fail(
          findings,
          view,
          "no memory limit: it can use all of " + service.host() + "'s memory",
          0,
          "Set mem_limit: (or deploy.resources.limits.memory) on "
              + service.service()
              + " a little above its peak usage");
    }
    return ServiceFindings.pass(
        findings, view, "memory limit " + bytes(service.memoryLimitBytes().get()), 0);
  }

  private static String usage(DockerContainer c) {
    return "memory limit "
        + bytes(c.memoryLimitBytes().orElse(0L))
        + c.memoryUsageBytes().map(u -> ", uses " + bytes(u)).orElse(", usage not sampled");
  }

  static String bytes(long value) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double size = value;
    int unit = 0;
    while (size >= 1024 && unit < units.length - 1 && size % 1024 == 0) {
      size /= 1024;
      unit++;
    }
    return (long) size + " " + units[unit];
  }
}
