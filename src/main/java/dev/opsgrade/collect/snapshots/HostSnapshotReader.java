package dev.opsgrade.collect.snapshots;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the newest snapshot of every inventory host's instance through a provider, and records one
 * {@link HostSnapshots} fact per host: a host whose snapshots cannot be read gets a fact that says
 * why, so no host silently drops out of the snapshot-age check.
 */
public final class HostSnapshotReader {
  private final SnapshotProvider provider;
  private final CollectContext context;

  public HostSnapshotReader(SnapshotProvider provider, CollectContext context) {
    this.provider = provider;
    this.context = context;
  }

  /** Reads every host of {@code instances} (host name to instance id). */
  public void read(Map<String, String> instances) {
    Map<String, String> hosts = new TreeMap<>(instances);
    Map<String, ProviderInstance> known;
    try {
      known = byId(provider.instances());
      context.run(provider.name(), provider.instancesUrl(), CollectorRun.Outcome.OK, "read");
    } catch (WebApiFailure failure) {
      context.run(
          provider.name(), provider.instancesUrl(), failure.outcome(), failure.getMessage());
      hosts.forEach((host, instance) -> unread(host, instance, failure.getMessage()));
      return;
    }
    hosts.forEach((host, instance) -> readHost(host, instance, known));
  }

  /** Records every host as unread, for the one reason nothing could be asked. */
  public static void unreadAll(
      String provider,
      Function<String, String> snapshotsUrl,
      Map<String, String> instances,
      String problem,
      CollectContext context) {
    new TreeMap<>(instances)
        .forEach(
            (host, instance) ->
                record(
                    context,
                    provider,
                    host,
                    snapshotsUrl.apply(instance),
                    HostSnapshots.unread(provider, host, instance, problem)));
  }

  private void readHost(String host, String instance, Map<String, ProviderInstance> known) {
    String url = provider.snapshotsUrl(instance);
    ProviderInstance found = known.get(instance);
    if (found == null) {
      String problem =
          "instance "
              + instance
              + " is not among the "
              + known.size()
              + " instances of the account";
      context.run(provider.name(), url, CollectorRun.Outcome.FAILED, host + ": " + problem);
      unread(host, instance, problem);
      return;
    }
    try {
      List<ProviderSnapshot> snapshots = provider.snapshots(instance);
      context.run(provider.name(), url, CollectorRun.Outcome.OK, "read");
      Optional<ProviderSnapshot> newest = newest(snapshots);
      Optional<Long> age =
          newest
              .flatMap(ProviderSnapshot::createdAt)
              .map(at -> Duration.between(at, context.now()).toSeconds());
      record(
          host,
          url,
          new HostSnapshots(
              provider.name(),
              host,
              instance,
              Optional.of(found.name()),
              Optional.of(found.status()),
              snapshots.size(),
              newest,
              age,
              Optional.empty()));
    } catch (WebApiFailure failure) {
      context.run(provider.name(), url, failure.outcome(), failure.getMessage());
      unread(host, instance, failure.getMessage());
    }
  }

  /** The snapshot taken last; one without a creation date counts as older than any dated one. */
  static Optional<ProviderSnapshot> newest(List<ProviderSnapshot> snapshots) {
    return snapshots.stream()
        .max(
            Comparator.comparing(
                (ProviderSnapshot s) -> s.createdAt().orElse(Instant.MIN),
                Comparator.naturalOrder()));
  }

  private void unread(String host, String instance, String problem) {
    record(
        host,
        provider.snapshotsUrl(instance),
        HostSnapshots.unread(provider.name(), host, instance, problem));
  }

  private void record(String host, String url, HostSnapshots snapshots) {
    record(context, provider.name(), host, url, snapshots);
  }

  private static void record(
      CollectContext context, String provider, String host, String url, HostSnapshots snapshots) {
    context.fact(
        provider + ":" + host,
        Provenance.of(provider, Location.url(url), context.now()),
        snapshots);
  }

  private static Map<String, ProviderInstance> byId(List<ProviderInstance> instances) {
    Map<String, ProviderInstance> out = new TreeMap<>();
    instances.forEach(i -> out.putIfAbsent(i.id(), i));
    return out;
  }
}
