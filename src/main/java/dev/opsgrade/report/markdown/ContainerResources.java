package dev.opsgrade.report.markdown;

import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Memory used against its limit, and restart times (die to start), of the read hosts. */
final class ContainerResources {
  private static final double NEAR_LIMIT = 0.9;

  private ContainerResources() {}

  static String render(List<HostEvidence> hosts) {
    return memory(hosts) + restartTimes(hosts);
  }

  private static String memory(List<HostEvidence> hosts) {
    List<DockerContainer> measured =
        hosts.stream()
            .flatMap(h -> h.containers().stream())
            .map(FactView::data)
            .filter(c -> c.running() && c.memoryLimitBytes().isPresent())
            .filter(c -> c.memoryUsageBytes().isPresent())
            .toList();
    if (measured.isEmpty()) {
      return "Memory: no running container has both a memory limit and a measured usage.\n\n";
    }
    MarkdownTable table =
        MarkdownTable.of("container", "uses", "limit", "of limit").rightAligned(1, 2, 3);
    for (DockerContainer c : measured) {
      double share = (double) c.memoryUsageBytes().get() / c.memoryLimitBytes().get();
      if (share > NEAR_LIMIT) {
        table.row(
            c.subject(),
            mib(c.memoryUsageBytes().get()),
            mib(c.memoryLimitBytes().get()),
            String.format(Locale.ROOT, "%.0f %%", share * 100));
      }
    }
    String counted =
        measured.size() + " running containers with a memory limit and a measured usage";
    if (table.isEmpty()) {
      return "Memory: none of the " + counted + " uses more than 90 % of its limit.\n\n";
    }
    return "Memory above 90 % of its limit (of " + counted + "):\n\n" + table.render() + "\n";
  }

  private static String restartTimes(List<HostEvidence> hosts) {
    MarkdownTable table =
        MarkdownTable.of("container", "restarts measured", "fastest", "slowest")
            .rightAligned(1, 2, 3);
    for (HostEvidence host : hosts) {
      Optional<DockerEvents> events = host.events().map(FactView::data);
      for (DockerEvents.ContainerEvents c :
          events.map(DockerEvents::containers).orElse(List.of())) {
        List<Long> millis = c.restartMillis();
        if (!millis.isEmpty()) {
          table.row(
              host.name() + "/" + c.name(),
              String.valueOf(millis.size()),
              seconds(millis.stream().mapToLong(Long::longValue).min().orElseThrow()),
              seconds(millis.stream().mapToLong(Long::longValue).max().orElseThrow()));
        }
      }
    }
    if (table.isEmpty()) {
      return "Restart times: no container died and started again in the events read.\n\n";
    }
    return "Restart times (from die to the next start, from the engine's events):\n\n"
        + table.render()
        + "\n";
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
