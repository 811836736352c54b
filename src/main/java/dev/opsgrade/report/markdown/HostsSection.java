package dev.opsgrade.report.markdown;

import dev.opsgrade.check.compose.ComposeEvidence;
import dev.opsgrade.check.docker.DockerHosts;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.check.docker.Restarts;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Optional;

/**
 * "Hosts and containers": per host whose Docker Engine was read, what runs against what compose
 * declares and the inventory expects, with health, restarts and OOM kills; then memory near its
 * limit and measured restart times ({@link ContainerResources}). Why an engine was not read
 * otherwise.
 */
final class HostsSection {
  private HostsSection() {}

  static String render(Optional<Evidence> evidence) {
    StringBuilder out = new StringBuilder("## Hosts and containers\n\n");
    if (evidence.isEmpty()) {
      return out.append(
              "The Docker Engines were not read: this report was rendered without its evidence"
                  + " bundle.\n\n")
          .toString();
    }
    List<HostEvidence> hosts = DockerHosts.of(evidence.get());
    if (hosts.isEmpty()) {
      return out.append("No Docker Engine was read: the inventory lists no hosts.\n\n").toString();
    }
    List<HostEvidence> read = hosts.stream().filter(HostEvidence::read).toList();
    if (!read.isEmpty()) {
      out.append(matrix(evidence.get(), read).render()).append('\n');
      out.append(ContainerResources.render(read));
    }
    for (HostEvidence host : hosts.stream().filter(h -> !h.read()).toList()) {
      String why = host.missing().orElseThrow();
      out.append(MarkdownText.escape(Character.toUpperCase(why.charAt(0)) + why.substring(1)))
          .append(".\n\n");
    }
    return out.toString();
  }

  private static MarkdownTable matrix(Evidence evidence, List<HostEvidence> hosts) {
    MarkdownTable table =
        MarkdownTable.of(
                "host",
                "running",
                "declared",
                "healthy",
                "unhealthy",
                "no healthcheck",
                "restarts 24 h",
                "OOM kills",
                "expected vs running")
            .rightAligned(1, 2, 3, 4, 5, 6, 7);
    ComposeEvidence compose = ComposeEvidence.of(evidence);
    for (HostEvidence host : hosts) {
      List<DockerContainer> running =
          host.containers().stream().map(FactView::data).filter(DockerContainer::running).toList();
      Optional<DockerEvents> events = host.events().map(FactView::data);
      table.row(
          host.name(),
          String.valueOf(running.size()),
          declared(compose, host.name()),
          String.valueOf(running.stream().filter(c -> health(c, "healthy")).count()),
          String.valueOf(running.stream().filter(c -> health(c, "unhealthy")).count()),
          String.valueOf(running.stream().filter(c -> !c.healthcheckDefined()).count()),
          restarts(host, events, evidence),
          String.valueOf(host.containers().stream().mapToInt(c -> ooms(c.data(), events)).sum()),
          expected(host, running.size()));
    }
    return table;
  }

  private static boolean health(DockerContainer c, String status) {
    return c.health().equals(Optional.of(status));
  }

  private static String declared(ComposeEvidence compose, String host) {
    List<?> services = compose.activeServicesByHost().getOrDefault(host, List.of());
    boolean hasFiles = compose.files().stream().anyMatch(f -> f.data().host().equals(host));
    return services.isEmpty() && !hasFiles ? "no compose" : String.valueOf(services.size());
  }

  private static String restarts(
      HostEvidence host, Optional<DockerEvents> events, Evidence evidence) {
    int total =
        host.containers().stream()
            .mapToInt(c -> Restarts.inWindow(c.data(), events, evidence.now()))
            .sum();
    return events.isEmpty() ? total + " (no events)" : String.valueOf(total);
  }

  /** The events' OOM kills, or 1 for a container whose last exit was one when they show none. */
  private static int ooms(DockerContainer c, Optional<DockerEvents> events) {
    int fromEvents =
        events.flatMap(e -> e.of(c.name())).map(DockerEvents.ContainerEvents::ooms).orElse(0);
    return Math.max(fromEvents, c.oomKilled() ? 1 : 0);
  }

  private static String expected(HostEvidence host, int running) {
    return host.spec()
        .expectContainers()
        .map(e -> e + " vs " + running + difference(e, running))
        .orElse("not set");
  }

  private static String difference(int expected, int running) {
    if (expected == running) {
      return "";
    }
    return expected > running
        ? " (" + (expected - running) + " fewer than expected)"
        : " (" + (running - expected) + " more than expected)";
  }
}
