package dev.opsgrade.config;

import dev.opsgrade.model.inventory.DrSpec;
import java.util.Optional;
import java.util.Set;

/** {@code dr:} the disaster-recovery playbooks, the RTO target and what a drill restores. */
final class DrBinder {
  private DrBinder() {}

  static DrSpec bind(YamlMap dr, Set<String> resticNames) {
    dr.allowKeys("playbooks", "check_playbook", "check_inventory", "rto_target", "drill");
    return new DrSpec(
        dr.get("playbooks", Types.TEXT),
        dr.get("check_playbook", Types.TEXT),
        dr.get("rto_target", Formats.DURATION_TYPE, InventoryDefaults.DR_RTO_TARGET),
        dr.map("drill").flatMap(drill -> drill(drill, resticNames)),
        dr.get("check_inventory", Types.TEXT));
  }

  private static Optional<DrSpec.Drill> drill(YamlMap drill, Set<String> resticNames) {
    drill.allowKeys("restic", "verify_sample");
    Optional<String> restic = drill.required("restic", Types.TEXT);
    if (restic.isPresent() && !resticNames.contains(restic.get())) {
      drill
          .get("restic")
          .orElseThrow()
          .problem("no repository named '" + restic.get() + "' under backup.restic");
    }
    int sample =
        drill.get(
            "verify_sample",
            Types.range(0, Integer.MAX_VALUE),
            InventoryDefaults.DRILL_VERIFY_SAMPLE);
    return restic.map(name -> new DrSpec.Drill(name, sample));
  }
}
