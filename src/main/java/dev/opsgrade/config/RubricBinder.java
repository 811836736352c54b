package dev.opsgrade.config;

import dev.opsgrade.model.Category;
import dev.opsgrade.score.Rubric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lays a rubric file over a base rubric: the keys it leaves out keep the base's values. */
final class RubricBinder {
  private static final List<String> CATEGORY_IDS =
      Arrays.stream(Category.values()).map(Category::id).toList();
  private static final ScalarType<Double> WEIGHT = Types.numberRange(0, Double.MAX_VALUE);
  private static final ScalarType<Double> PERCENTAGE = Types.numberRange(0, 100);

  private RubricBinder() {}

  static Rubric overlay(YamlMap rubric, Rubric base) {
    rubric.allowKeys("target", "categories", "check_weights", "letters");
    Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
    categories.putAll(base.categories());
    rubric.map("categories").ifPresent(map -> categories(map, base, categories));
    Map<String, Double> checkWeights = new LinkedHashMap<>(base.checkWeights());
    checkWeights.putAll(rubric.scalarMap("check_weights", WEIGHT));
    List<Rubric.LetterBand> letters = rubric.has("letters") ? letters(rubric) : base.letters();
    return new Rubric(
        rubric.get("target", PERCENTAGE, base.target()),
        Collections.unmodifiableMap(categories),
        Collections.unmodifiableMap(checkWeights),
        letters);
  }

  private static void categories(
      YamlMap map, Rubric base, Map<Category, Rubric.CategoryRule> categories) {
    map.allowKeys(CATEGORY_IDS);
    map.entries()
        .forEach(
            (id, entry) -> {
              if (!CATEGORY_IDS.contains(id)) {
                return;
              }
              Category category = Category.fromId(id);
              Optional<Rubric.CategoryRule> previous =
                  Optional.ofNullable(base.categories().get(category));
              entry.value().map().ifPresent(rule -> categories.put(category, rule(rule, previous)));
            });
  }

  private static Rubric.CategoryRule rule(YamlMap rule, Optional<Rubric.CategoryRule> previous) {
    rule.allowKeys("weight", "minimum");
    if (previous.isEmpty()) {
      List.of("weight", "minimum").stream().filter(key -> !rule.has(key)).forEach(rule::missing);
    }
    return new Rubric.CategoryRule(
        rule.get("weight", WEIGHT, previous.map(Rubric.CategoryRule::weight).orElse(0.0)),
        rule.get("minimum", PERCENTAGE, previous.map(Rubric.CategoryRule::minimum).orElse(0.0)));
  }

  private static List<Rubric.LetterBand> letters(YamlMap rubric) {
    List<Rubric.LetterBand> letters = new ArrayList<>();
    List<YamlMap> bands = rubric.maps("letters");
    if (bands.isEmpty()) {
      rubric.get("letters").orElseThrow().problem("list at least one letter");
    }
    for (YamlMap band : bands) {
      band.allowKeys("min", "letter");
      Optional<Double> min = band.required("min", PERCENTAGE);
      Optional<String> letter = band.required("letter", Types.TEXT);
      if (min.isPresent() && !letters.isEmpty() && min.get() >= letters.getLast().min()) {
        band.get("min")
            .orElseThrow()
            .problem(
                "letters go from the highest min to the lowest: "
                    + Types.trim(min.get())
                    + " comes after "
                    + Types.trim(letters.getLast().min()));
      }
      if (min.isPresent() && letter.isPresent()) {
        letters.add(new Rubric.LetterBand(min.get(), letter.get()));
      }
    }
    return List.copyOf(letters);
  }
}
