package dev.opsgrade.history;

import dev.opsgrade.model.Category;
import java.time.Instant;
import java.util.Map;

/**
 * One recorded assessment as a point of the trend. {@code categories} holds the categories that had
 * a score (a category none of whose checks applied has none); the counts are of findings that need
 * attention, by status.
 */
public record HistoryEntry(
    long id,
    Instant collectedAt,
    double score,
    String letter,
    boolean productionReady,
    Map<Category, Double> categories,
    int failing,
    int warnings,
    int unverified) {

  public int problems() {
    return failing + warnings + unverified;
  }
}
