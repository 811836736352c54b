package dev.opsgrade.collect.records;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.history.Records;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts the sign-offs and drills recorded in the history into the evidence ({@code
 * acceptance.record}, {@code drill.record}), so that the checks that need them stay pure and a
 * saved bundle re-grades the same. A default history file that does not exist yet means no records;
 * it is not created here.
 */
public final class RecordsCollector implements Collector {
  public static final String NAME = "records";

  @Override
  public String name() {
    return NAME;
  }

  /** Every inventory has a history, the default one at least. */
  @Override
  public boolean configured(Inventory inventory) {
    return true;
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Path baseDir = context.baseDir();
    String where = InventoryHistory.describe(inventory, baseDir);
    if (!InventoryHistory.exists(inventory, baseDir)) {
      context.run(NAME, where, CollectorRun.Outcome.OK, "no history database yet: no records");
      return;
    }
    List<AcceptanceRecord> acceptances;
    List<DrillRecord> drills;
    try (HistoryStore store =
        InventoryHistory.open(
            inventory, baseDir, InventoryHistory.secrets(context.environment(), baseDir))) {
      Records records = store.records();
      acceptances = records.acceptances(inventory.name());
      drills = records.drills(inventory.name());
    } catch (RuntimeException e) {
      context.run(
          NAME, where, CollectorRun.Outcome.FAILED, "cannot read the history: " + e.getMessage());
      return;
    }
    Location location = location(inventory, baseDir, context);
    acceptances.forEach(a -> context.fact(a.phase(), location, a));
    drills.forEach(d -> context.fact(d.target(), location, d));
    context.run(
        NAME,
        where,
        CollectorRun.Outcome.OK,
        acceptances.size() + " acceptances, " + drills.size() + " drills");
  }

  private static Location location(Inventory inventory, Path baseDir, CollectContext context) {
    return inventory.history().isPresent()
        ? Location.url(InventoryHistory.describe(inventory, baseDir))
        : Location.file(context.relative(InventoryHistory.defaultFile(baseDir)));
  }
}
