package dev.opsgrade.check.docs;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Measurement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A measured value a claim is compared with: a Measurement fact of another collector, or the
 * assessment's own grade.
 *
 * @param factId the evidence it rests on (empty for the grade, which is computed, not collected)
 */
record Measured(String value, String by, Optional<String> factId) {

  /** Every measurement by name (the first of each name, in evidence order), and the grade. */
  static Map<String, Measured> all(Evidence evidence, Optional<GradeSnapshot> grade) {
    Map<String, Measured> byName = new LinkedHashMap<>();
    for (FactView<Measurement> view : evidence.all(Measurement.class)) {
      Measurement m = view.data();
      byName.putIfAbsent(m.name(), new Measured(m.value(), m.measuredBy(), Optional.of(view.id())));
    }
    grade.ifPresent(
        g -> {
          byName.put("grade.letter", new Measured(g.letter(), "this assessment", Optional.empty()));
          byName.put(
              "grade.score",
              new Measured(
                  BigDecimal.valueOf(g.score()).stripTrailingZeros().toPlainString(),
                  "this assessment",
                  Optional.empty()));
        });
    return byName;
  }

  /**
   * Whether the claimed value is this one. Numbers compare as numbers; a score is compared at the
   * precision the docs wrote it with ("72/100" matches 72.4).
   */
  boolean confirms(String fact, String claimed) {
    Optional<BigDecimal> c = number(claimed);
    Optional<BigDecimal> m = number(value);
    if (c.isPresent() && m.isPresent()) {
      BigDecimal measured = m.get();
      if (fact.equals("grade.score")) {
        measured = measured.setScale(Math.max(0, c.get().scale()), RoundingMode.HALF_UP);
      }
      return c.get().compareTo(measured) == 0;
    }
    return claimed.strip().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT));
  }

  /** The value as it should be written in place of the claimed one. */
  String writtenLike(String fact, String claimed) {
    Optional<BigDecimal> c = number(claimed);
    Optional<BigDecimal> m = number(value);
    if (fact.equals("grade.score") && c.isPresent() && m.isPresent()) {
      return m.get().setScale(Math.max(0, c.get().scale()), RoundingMode.HALF_UP).toPlainString();
    }
    return value;
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty(); // a grade letter or a word: compared as text
    }
  }
}
