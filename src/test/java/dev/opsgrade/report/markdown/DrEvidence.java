package dev.opsgrade.report.markdown;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.DrSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Backup and DR evidence as the contabo and ansible collectors record it, for section tests. */
final class DrEvidence {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final List<Fact> facts = new ArrayList<>();
  private Optional<BackupSpec> backup = Optional.empty();
  private Optional<DrSpec> dr = Optional.empty();

  DrEvidence contabo(Map<String, Long> instances) {
    backup =
        Optional.of(
            new BackupSpec(
                Duration.ofHours(26),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.of(
                    new BackupSpec.Contabo(
                        SecretRef.env("ID"),
                        SecretRef.env("SECRET"),
                        Optional.of(SecretRef.env("USER")),
                        Optional.of(SecretRef.env("PASSWORD")),
                        instances,
                        "https://api.contabo.com",
                        "https://auth.contabo.com/token"))));
    return this;
  }

  DrEvidence dr(String playbooks, Optional<String> check) {
    dr =
        Optional.of(
            new DrSpec(
                Optional.of(playbooks),
                check,
                Duration.ofHours(1),
                Optional.empty(),
                Optional.of("ansible/hosts.ini")));
    return this;
  }

  DrEvidence fact(String subject, Object record) {
    String kind = Evidence.kindOf(record.getClass());
    facts.add(
        new Fact(
            kind + ":" + subject,
            kind,
            subject,
            Provenance.of("test", Location.file(subject), NOW),
            Json.toTree(record)));
    return this;
  }

  Evidence evidence() {
    Inventory inventory =
        new Inventory(
            "homelab",
            ".",
            "opsgrade.yaml",
            List.of(),
            Optional.empty(),
            List.of(),
            new ProbeSpec(3, Duration.ofSeconds(5)),
            new SecuritySpec(List.of(80, 443)),
            Optional.empty(),
            backup,
            dr,
            List.of(),
            Optional.empty(),
            List.of(),
            "default",
            Optional.empty(),
            Optional.empty(),
            new SloSpec(99.9, Duration.ofDays(30)),
            List.of());
    List<CollectorRun> runs = List.of();
    return new Evidence(new EvidenceBundle(1, "test", NOW, inventory, runs, facts));
  }
}
