package dev.opsgrade.collect.docker;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inventories with only hosts, and a run of the real collector over them. */
public final class Inventories {
  private Inventories() {}

  public static Inventory of(List<HostSpec> hosts) {
    return new Inventory(
        "test",
        "/tmp",
        "/tmp/opsgrade.yaml",
        hosts,
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  public static HostSpec host(String name, String docker) {
    return new HostSpec(name, Optional.of(docker), Optional.empty(), List.of(), Optional.empty());
  }

  static EvidenceBundle collect(Inventory inventory, Duration timeout, Map<String, String> env) {
    CollectContext context =
        new CollectContext(
            Path.of("/tmp"), Clock.systemUTC(), timeout, env, CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(new DockerCollector()), e -> {}, Duration.ofSeconds(120))
        .collect(inventory, context, "test");
  }
}
