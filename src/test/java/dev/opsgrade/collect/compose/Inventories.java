package dev.opsgrade.collect.compose;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inventories with only hosts and compose files, and the evidence the compose collector gives. */
final class Inventories {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private Inventories() {}

  static HostSpec host(String name, String... compose) {
    return new HostSpec(
        name, Optional.empty(), Optional.empty(), List.of(compose), Optional.empty());
  }

  static Inventory of(Path baseDir, HostSpec... hosts) {
    return new Inventory(
        "test",
        baseDir.toString(),
        "opsgrade.yaml",
        List.of(hosts),
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

  static EvidenceBundle collect(Inventory inventory, Path baseDir, Map<String, String> env) {
    CollectContext context =
        new CollectContext(
            baseDir,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(30),
            env,
            CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(new ComposeCollector()), e -> {}, Duration.ofSeconds(60))
        .collect(inventory, context, "test");
  }
}
