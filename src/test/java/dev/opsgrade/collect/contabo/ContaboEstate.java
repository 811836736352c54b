package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An inventory whose hosts master, lady and spare are Contabo instances 12345, 23456, 34567. */
final class ContaboEstate {
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "CONTABO_ID", ContaboServer.CLIENT_ID,
          "CONTABO_SECRET", ContaboServer.CLIENT_SECRET,
          "CONTABO_USER", ContaboServer.API_USER,
          "CONTABO_PASSWORD", ContaboServer.API_PASSWORD);

  private ContaboEstate() {}

  static Inventory inventory(String apiUrl, String authUrl) {
    BackupSpec.Contabo contabo =
        new BackupSpec.Contabo(
            SecretRef.env("CONTABO_ID"),
            SecretRef.env("CONTABO_SECRET"),
            Optional.of(SecretRef.env("CONTABO_USER")),
            Optional.of(SecretRef.env("CONTABO_PASSWORD")),
            Map.of("master", 12345L, "lady", 23456L, "spare", 34567L),
            apiUrl,
            authUrl);
    BackupSpec backup =
        new BackupSpec(
            Duration.ofHours(26), List.of(), List.of(), Optional.empty(), Optional.of(contabo));
    List<HostSpec> hosts =
        List.of("master", "lady", "spare").stream()
            .map(
                h ->
                    new HostSpec(
                        h, Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
            .toList();
    return new Inventory(
        "homelab",
        ".",
        "opsgrade.yaml",
        hosts,
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.of(backup),
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

  static CollectContext context(
      Path dir, Clock clock, Map<String, String> env, Optional<String> createSnapshot) {
    return new CollectContext(
        dir, clock, Duration.ofSeconds(3), env, new CollectContext.Options(false, createSnapshot));
  }
}
