package dev.opsgrade.history;

import dev.opsgrade.model.inventory.HistorySpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.SecretRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
   * Reads a secret reference: {@code env:NAME} from {@code environment}, {@code file:path} relative
   * to {@code baseDir} without its trailing line break. The message of a missing secret names the
   * reference, never a value.
   */
  public static Function<SecretRef, String> secrets(Map<String, String> environment, Path baseDir) {
    return ref -> {
      String reference = ref.reference();
      if (reference.startsWith("env:")) {
        return Optional.ofNullable(environment.get(reference.substring(4)))
            .orElseThrow(() -> new IllegalArgumentException("secret " + reference + " is not set"));
      }
      Path file = baseDir.resolve(reference.substring(5));
      try {
        return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
      } catch (IOException e) {
        throw new UncheckedIOException("secret " + reference + ": cannot read " + file, e);
      }
    };
  }
}
