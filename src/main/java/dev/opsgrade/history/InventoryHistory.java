package dev.opsgrade.history;

import dev.opsgrade.config.SecretResolver;
import dev.opsgrade.model.inventory.HistorySpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history database of an inventory: the one its {@code history:} section names, else the SQLite
 * file in .opsgrade beside it.
 */
public final class InventoryHistory {
  private InventoryHistory() {}

  /** The default file of the inventory in {@code baseDir}. */
  public static Path defaultFile(Path baseDir) {
    return baseDir.resolve(HistoryStore.DEFAULT_FILE).toAbsolutePath().normalize();
  }

  /** Whether there can be records to read without creating a database. */
  public static boolean exists(Inventory inventory, Path baseDir) {
    return inventory.history().isPresent() || Files.isRegularFile(defaultFile(baseDir));
  }

  /** Where the history is, for messages: the url without its parameters and user info. */
  public static String describe(Inventory inventory, Path baseDir) {
    return inventory
        .history()
        .map(h -> HistoryUrl.describe(h.url()))
        .orElse(defaultFile(baseDir).toString());
  }

  /** Opens (and makes, for the default file) the inventory's history. */
  public static HistoryStore open(
      Inventory inventory, Path baseDir, Function<SecretRef, String> secrets) {
    Optional<HistorySpec> spec = inventory.history();
    if (spec.isEmpty()) {
      return HistoryStore.openDefault(baseDir);
    }
    return HistoryStore.open(
        spec.get().url(), spec.get().user(), spec.get().password().map(secrets));
  }

  /**
   * Reads a secret reference with the inventory's own resolver (environment, .env, files relative
   * to {@code baseDir}); its errors name the reference, never a value.
   */
  public static Function<SecretRef, String> secrets(Map<String, String> environment, Path baseDir) {
    return ref -> SecretResolver.resolve(ref, baseDir, environment);
  }
}
