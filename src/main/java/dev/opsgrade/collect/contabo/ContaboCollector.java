package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.SecretReader;
import dev.opsgrade.collect.snapshots.HostSnapshotReader;
import dev.opsgrade.collect.snapshots.SnapshotCreator;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.SecretRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads Contabo's snapshots of every host in backup.contabo.instances: the newest and its age. Only
 * GETs, except when the user typed assess --create-snapshot HOST: then one snapshot of that host's
 * instance is taken first, and waited for.
 */
public final class ContaboCollector implements Collector {
  public static final String NAME = "contabo";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return spec(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    BackupSpec.Contabo spec = spec(inventory).orElseThrow();
    Map<String, String> instances = new TreeMap<>();
    spec.instances().forEach((host, id) -> instances.put(host, Long.toString(id)));
    List<String> problems = new ArrayList<>();
    Optional<ContaboToken.Credentials> credentials = credentials(spec, context, problems);
    if (credentials.isEmpty()) {
      String problem = String.join("; ", problems);
      context.run(NAME, spec.authUrl(), CollectorRun.Outcome.FAILED, problem);
      context
          .options()
          .createSnapshotHost()
          .ifPresent(
              host ->
                  SnapshotCreator.refused(
                      NAME,
                      spec.authUrl(),
                      host,
                      instances.getOrDefault(host, "?"),
                      "no token: " + problem,
                      context));
      HostSnapshotReader.unreadAll(
          NAME, i -> ContaboApi.snapshotsUrl(spec.apiUrl(), i), instances, problem, context);
      return;
    }
    Scrubber scrubber = new Scrubber(secretsOf(credentials.get()));
    try (WebApi auth = WebApi.of(spec.authUrl(), context.timeout());
        ContaboApi api =
            new ContaboApi(
                WebApi.of(spec.apiUrl(), context.timeout()),
                new ContaboToken(auth, credentials.get(), context.clock(), scrubber),
                scrubber)) {
      context
          .options()
          .createSnapshotHost()
          .ifPresent(host -> create(host, instances, api, context));
      new HostSnapshotReader(api, context).read(instances);
    }
  }

  private static void create(
      String host, Map<String, String> instances, ContaboApi api, CollectContext context) {
    String instance = instances.get(host);
    if (instance == null) {
      SnapshotCreator.refused(
          NAME,
          api.instancesUrl(),
          host,
          "?",
          "no instance for host '"
              + host
              + "' under backup.contabo.instances (hosts there: "
              + String.join(", ", instances.keySet())
              + ")",
          context);
      return;
    }
    new SnapshotCreator(api, context, waitLimit(context), interval(context)).create(host, instance);
  }

  /** Most of the collector's budget: the reading after it needs a little. */
  static Duration waitLimit(CollectContext context) {
    return context.budget().multipliedBy(3).dividedBy(4);
  }

  static Duration interval(CollectContext context) {
    Duration fifth = context.timeout().dividedBy(5);
    Duration floor = Duration.ofMillis(200);
    Duration ceiling = Duration.ofSeconds(5);
    return fifth.compareTo(floor) < 0 ? floor : fifth.compareTo(ceiling) > 0 ? ceiling : fifth;
  }

  private static Optional<ContaboToken.Credentials> credentials(
      BackupSpec.Contabo spec, CollectContext context, List<String> problems) {
    Optional<String> id = secret(Optional.of(spec.clientId()), "client_id", context, problems);
    Optional<String> secret =
        secret(Optional.of(spec.clientSecret()), "client_secret", context, problems);
    Optional<String> user = secret(spec.apiUser(), "api_user", context, problems);
    Optional<String> password = secret(spec.apiPassword(), "api_password", context, problems);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContaboToken.Credentials(id.get(), secret.get(), user.get(), password.get()));
  }

  private static Optional<String> secret(
      Optional<SecretRef> ref, String key, CollectContext context, List<String> problems) {
    if (ref.isEmpty()) {
      problems.add(
          "backup.contabo."
              + key
              + " is not set: Contabo grants API tokens only to an API user with its password");
      return Optional.empty();
    }
    SecretReader.Result read = SecretReader.read(ref.get(), context);
    if (read.value().isEmpty()) {
      problems.add("backup.contabo." + key + ": " + read.problem());
    }
    return read.value();
  }

  private static List<String> secretsOf(ContaboToken.Credentials credentials) {
    return List.of(
        credentials.clientId(),
        credentials.clientSecret(),
        credentials.user(),
        credentials.password());
  }

  private static Optional<BackupSpec.Contabo> spec(Inventory inventory) {
    return inventory.backup().flatMap(BackupSpec::contabo);
  }
}
