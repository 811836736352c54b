package dev.opsgrade.pipeline;

import dev.opsgrade.config.InventoryException;
import dev.opsgrade.config.InventoryLocator;
import dev.opsgrade.config.RubricLoader;
import dev.opsgrade.config.SecretException;
import dev.opsgrade.history.HistoryException;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.score.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Turns what the user named (paths, URLs) into inventory, rubric and history store. */
public final class Inputs {
  private Inputs() {}

  public static Inventory inventory(Path target, Map<String, String> environment)
      throws AssessmentRun.InputException {
    if (!Files.exists(target)) {
      throw new AssessmentRun.InputException(target + ": no such file or folder");
    }
    try {
      return InventoryLocator.locate(target, environment);
    } catch (InventoryException e) {
      throw new AssessmentRun.InputException(e.getMessage());
    }
  }

  public static Rubric rubric(Inventory inventory, Path baseDir)
      throws AssessmentRun.InputException {
    try {
      return RubricLoader.load(inventory.rubric(), baseDir);
    } catch (InventoryException e) {
      throw new AssessmentRun.InputException(e.getMessage());
    }
  }

  /** The configured history database, or the embedded SQLite file in .opsgrade/ beside it. */
  public static HistoryStore history(
      Inventory inventory, Path baseDir, Map<String, String> environment)
      throws AssessmentRun.InputException {
    try {
      return InventoryHistory.open(
          inventory, baseDir, InventoryHistory.secrets(environment, baseDir));
    } catch (SecretException | HistoryException e) {
      throw new AssessmentRun.InputException("history: " + e.getMessage());
    }
  }
}
