package dev.opsgrade.collect.docker;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.docker.DockerCollector.HostResult;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import java.util.List;
import java.util.Optional;

/** Turns the hosts' readings into facts, collector runs and measurements. */
final class DockerFacts {
  private static final String COLLECTOR = "docker";

  private final CollectContext context;
  private final Inventory inventory;

  DockerFacts(CollectContext context, Inventory inventory) {
    this.context = context;
    this.inventory = inventory;
  }

  void publish(List<HostResult> results) {
    for (HostResult result : results) {
      if (result.reading().isEmpty()) {
        context.run(COLLECTOR, result.host().name(), result.outcome(), result.detail());
        continue;
      }
      HostReading reading = result.reading().get();
      context.run(COLLECTOR, result.host().name(), result.outcome(), summary(reading));
      publish(reading);
    }
    totals(results);
  }

  private void publish(HostReading reading) {
    DockerEndpoint endpoint = reading.endpoint();
    DockerHost host = reading.host();
    fact(host.host(), endpoint, "/info", host);
    for (DockerContainer container : reading.containers()) {
      fact(container.subject(), endpoint, "/containers/" + container.id() + "/json", container);
    }
    reading
        .events()
        .ifPresent(
            events ->
                fact(
                    host.host(),
                    endpoint,
                    "/events?since="
                        + events.since().getEpochSecond()
                        + "&until="
                        + events.until().getEpochSecond(),
                    events));
    measure("containers.host." + host.host(), host.running(), endpoint.urlOf("/containers/json"));
    host.expectContainers()
        .ifPresent(
            expected ->
                fact(
                    host.host(),
                    endpoint,
                    "/containers/json?all=1",
                    new ExpectedContainers(
                        host.host(), expected, host.running(), expected == host.running())));
  }

  /** Totals only when every configured host was read: a partial sum would contradict the docs. */
  private void totals(List<HostResult> results) {
    List<HostResult> configured =
        results.stream().filter(r -> r.outcome() != Outcome.NOT_CONFIGURED).toList();
    if (configured.isEmpty() || configured.stream().anyMatch(r -> r.reading().isEmpty())) {
      return;
    }
    List<DockerContainer> all =
        configured.stream().flatMap(r -> r.reading().get().containers().stream()).toList();
    String where = inventory.sourceFile();
    long running = all.stream().filter(DockerContainer::running).count();
    measure("containers.total", running, where);
    measure("containers.running", running, where);
    measure("containers.healthy", count(all, "healthy"), where);
    measure("containers.unhealthy", count(all, "unhealthy"), where);
  }

  private static long count(List<DockerContainer> all, String health) {
    return all.stream().filter(c -> c.running() && c.health().equals(Optional.of(health))).count();
  }

  private void measure(String name, long value, String where) {
    context.fact(
        name,
        Location.url(where),
        Measurement.of(name, value, "docker engine (running containers)"));
  }

  private void fact(String subject, DockerEndpoint endpoint, String apiPath, Object data) {
    context.fact(
        subject,
        new Provenance(
            COLLECTOR,
            Location.url(endpoint.urlOf(apiPath)),
            context.now(),
            Optional.of("GET " + apiPath),
            Optional.empty()),
        data);
  }

  private static String summary(HostReading reading) {
    DockerHost host = reading.host();
    String events =
        reading
            .events()
            .map(
                e ->
                    e.eventsRead()
                        + " events since "
                        + e.oldestEvent().orElse(e.since())
                        + (e.possiblyTruncated() ? " (the engine kept no older ones)" : ""))
            .orElse("no events");
    String text =
        "Docker "
            + host.engineVersion()
            + " at "
            + host.endpoint()
            + " via "
            + host.channel()
            + ": "
            + host.containers()
            + " containers ("
            + host.running()
            + " running), "
            + events;
    return reading.problems().isEmpty()
        ? text
        : text + "; " + String.join("; ", reading.problems());
  }
}
