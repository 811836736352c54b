package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryViewTest {

  @Test
  void eachRowShowsItsChangeAgainstTheAssessmentBeforeIt() {
    List<HistoryEntry> entries =
        List.of(
            entry(1, "2026-11-01T23:59:59Z", 71.3, 3),
            entry(2, "2026-11-02T00:00:01Z", 85.4, 1),
            entry(3, "2026-11-03T12:00:00Z", 85.2, 1));

    HistoryView view = HistoryView.of("homelab", entries, 10);

    assertThat(view.rows())
        .extracting(HistoryView.Row::delta)
        .containsExactly(Optional.empty(), Optional.of(14.1), Optional.of(-0.2));
    assertThat(view.rows())
        .extracting(HistoryView.Row::date)
        .containsExactly(
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-02"),
            LocalDate.parse("2026-11-03"));
    assertThat(view.rows()).extracting(HistoryView.Row::problems).containsExactly(3, 1, 1);
  }

  @Test
  void theFirstRowShownKeepsItsDeltaWhenAnOlderEntryWasPassed() {
    List<HistoryEntry> entries =
        List.of(
            entry(7, "2026-11-01T00:00:00Z", 60.0, 4), entry(8, "2026-11-02T00:00:00Z", 62.5, 3));

    HistoryView view = HistoryView.of("homelab", entries, 1);

    assertThat(view.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.id()).isEqualTo(8);
              assertThat(row.delta()).contains(2.5);
              assertThat(row.letter()).isEqualTo("C");
            });
  }

  @Test
  void anEmptyHistoryHasNoRows() {
    assertThat(HistoryView.of("homelab", List.of(), 5).rows()).isEmpty();
  }

  private static HistoryEntry entry(long id, String at, double score, int failing) {
    return new HistoryEntry(
        id,
        Instant.parse(at),
        score,
        score >= 60 ? "C" : "Failing",
        false,
        Map.of(Category.AVAILABILITY, score),
        failing,
        0,
        0);
  }
}
