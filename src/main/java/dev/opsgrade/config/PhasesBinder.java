package dev.opsgrade.config;

import dev.opsgrade.model.inventory.PhaseSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code phases:} phases of work, the checks that accept each one, and its deliverables. */
final class PhasesBinder {
  private PhasesBinder() {}

  static List<PhaseSpec> bind(YamlMap root) {
    List<PhaseSpec> phases = new ArrayList<>();
    Unique ids = new Unique("phase id");
    for (YamlMap phase : root.maps("phases")) {
      phase.allowKeys("id", "name", "folder", "criteria", "deliverables");
      String id = ids.check(phase, "id").orElse("");
      phases.add(
          new PhaseSpec(
              id,
              phase.get("name", Types.TEXT, id),
              phase.get("folder", Types.TEXT, InventoryDefaults.phaseFolder(id)),
              phase.list("criteria", Types.TEXT),
              phase.list("deliverables", Types.TEXT)));
    }
    return List.copyOf(phases);
  }
}
