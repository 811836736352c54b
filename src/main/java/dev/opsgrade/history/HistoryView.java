package dev.opsgrade.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code opsgrade history} prints: one row per assessment, oldest first, each with its score
 * change against the assessment before it (absent for the first one ever recorded).
 */
public record HistoryView(String inventory, List<Row> rows) {

  public record Row(
      long id,
      Instant collectedAt,
      double score,
      String letter,
      boolean productionReady,
      int problems,
      Optional<Double> delta) {

    /** The day the evidence was collected, in UTC so that the table reads the same everywhere. */
    public LocalDate date() {
      return LocalDate.ofInstant(collectedAt, ZoneOffset.UTC);
    }
  }

  /**
   * The last {@code rows} of {@code entries} (oldest first). Pass one entry more than the rows to
   * show so that the first row shown has its delta too.
   */
  public static HistoryView of(String inventory, List<HistoryEntry> entries, int rows) {
    List<Row> all = new ArrayList<>();
    Optional<HistoryEntry> previous = Optional.empty();
    for (HistoryEntry entry : entries) {
      Optional<Double> delta = previous.map(p -> round1(entry.score() - p.score()));
      all.add(
          new Row(
              entry.id(),
              entry.collectedAt(),
              entry.score(),
              entry.letter(),
              entry.productionReady(),
              entry.problems(),
              delta));
      previous = Optional.of(entry);
    }
    return new HistoryView(
        inventory, List.copyOf(all.subList(Math.max(0, all.size() - rows), all.size())));
  }

  private static double round1(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
