package dev.opsgrade.config;

import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.DrSpec;
import java.util.List;
import java.util.Optional;

/** {@code dr:} the disaster-recovery playbooks, the RTO target and what a drill restores. */
final class DrBinder {
  private DrBinder() {}

  static DrSpec bind(YamlMap dr, Optional<BackupSpec> backup) {
    dr.allowKeys("playbooks", "check_playbook", "check_inventory", "rto_target", "drill");
    return new DrSpec(
        dr.get("playbooks", Types.TEXT),
        dr.get("check_playbook", Types.TEXT),
        dr.get("rto_target", Formats.DURATION_TYPE, InventoryDefaults.DR_RTO_TARGET),
        dr.map("drill").flatMap(drill -> drill(drill, backup)),
        dr.get("check_inventory", Types.TEXT));
  }

  private static Optional<DrSpec.Drill> drill(YamlMap drill, Optional<BackupSpec> backup) {
    drill.allowKeys("restic", "borg", "verify_sample", "manifest");
    Optional<String> restic = drill.get("restic", Types.TEXT);
    Optional<String> borg = drill.get("borg", Types.TEXT);
    if (restic.isPresent() && borg.isPresent()) {
      drill.get("borg").orElseThrow().problem("a drill restores one repository: restic or borg");
      return Optional.empty();
    }
    if (restic.isEmpty() && borg.isEmpty()) {
      drill.missing("restic");
      return Optional.empty();
    }
    String tool = restic.isPresent() ? "restic" : "borg";
    String name = restic.or(() -> borg).orElseThrow();
    List<BackupSpec.Repository> repositories =
        backup.map(b -> tool.equals("restic") ? b.restic() : b.borg()).orElse(List.of());
    if (repositories.stream().noneMatch(r -> r.name().equals(name))) {
      drill
          .get(tool)
          .orElseThrow()
          .problem("no repository named '" + name + "' under backup." + tool);
    }
    int sample =
        drill.get(
            "verify_sample",
            Types.range(0, Integer.MAX_VALUE),
            InventoryDefaults.DRILL_VERIFY_SAMPLE);
    return Optional.of(new DrSpec.Drill(tool, name, sample, drill.get("manifest", Types.TEXT)));
  }
}
