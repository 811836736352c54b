package dev.opsgrade.acceptance;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Category;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Acceptance records as accept writes them, for tests of what reads them. */
public final class Acceptances {
  private Acceptances() {}

  public static AcceptanceRecord full(String phase, Instant at) {
    return record(phase, at, AcceptanceRecord.Kind.FULL, Optional.empty(), Optional.empty());
  }

  public static AcceptanceRecord conditional(String phase, Instant at, LocalDate until) {
    return record(
        phase, at, AcceptanceRecord.Kind.CONDITIONAL, Optional.of(until), Optional.empty());
  }

  public static AcceptanceRecord override(String phase, Instant at, String reason) {
    return record(phase, at, AcceptanceRecord.Kind.OVERRIDE, Optional.empty(), Optional.of(reason));
  }

  /** A scorer with the default rubric's shape: every category weighs 10, minimum 60, target 85. */
  public static Scorer scorer() {
    Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      categories.put(category, new Rubric.CategoryRule(10, 60));
    }
    List<Rubric.LetterBand> letters =
        List.of(
            new Rubric.LetterBand(85, "A"),
            new Rubric.LetterBand(70, "B"),
            new Rubric.LetterBand(60, "C"),
            new Rubric.LetterBand(0, "Failing"));
    return new Scorer(new Rubric(85, categories, Map.of(), letters), Catalogue.standard());
  }

  private static AcceptanceRecord record(
      String phase,
      Instant at,
      AcceptanceRecord.Kind kind,
      Optional<LocalDate> until,
      Optional<String> override) {
    return new AcceptanceRecord(
        "homelab",
        phase,
        "Phase " + phase,
        at,
        "j.doe",
        kind,
        until,
        until.map(u -> "the socket proxy replaces the mounted socket"),
        override,
        new AcceptanceRecord.Assessed(at.minusSeconds(3600), 86.4, "A", true, "ab".repeat(32)),
        List.of(),
        List.of(),
        List.of(),
        "phases/PHASE-" + phase + "/USER_ACCEPTANCE.md",
        "cd".repeat(32));
  }
}
