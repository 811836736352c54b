package dev.opsgrade.collect.waivers;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads opsgrade-waivers.yaml beside the inventory into the evidence (one {@code waiver} fact per
 * entry, located at its line), so that re-grading a saved bundle waives the same findings. Whether
 * a waiver still holds or matches anything is judged later, after the checks.
 */
public final class WaiversCollector implements Collector {
  public static final String NAME = "waivers";

  @Override
  public String name() {
    return NAME;
  }

  /** There is always a place for the file beside the inventory; a missing file is no waivers. */
  @Override
  public boolean configured(Inventory inventory) {
    return true;
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Path file = context.baseDir().resolve(WaiversFile.NAME);
    String shown = context.relative(file);
    List<WaiversFile.Entry> entries;
    try {
      entries = WaiversFile.read(file, shown);
    } catch (WaiversFileException e) {
      context.run(NAME, shown, CollectorRun.Outcome.FAILED, e.getMessage());
      return;
    }
    for (WaiversFile.Entry entry : entries) {
      context.fact(
          entry.waiver().check() + " " + entry.waiver().subject(),
          Location.file(shown, entry.line()),
          entry.waiver());
    }
    String detail =
        entries.isEmpty()
            ? "no waivers (" + shown + " is absent or empty)"
            : entries.size() + (entries.size() == 1 ? " waiver" : " waivers") + " in " + shown;
    context.run(NAME, shown, CollectorRun.Outcome.OK, detail);
  }
}
