package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.Category;
import dev.opsgrade.score.Rubric;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default rubric, a rubric file laid over it, and a rubric file's mistakes. */
class RubricLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultIsPRODUCTsRubric() {
    Rubric rubric = RubricLoader.load("default", dir);
    assertThat(rubric.target()).isEqualTo(85);
    assertThat(rubric.categories()).hasSize(Category.values().length);
    assertThat(rubric.categories().get(Category.AVAILABILITY))
        .isEqualTo(new Rubric.CategoryRule(20, 60));
    assertThat(rubric.categories().get(Category.CHANGE_CONTROL))
        .isEqualTo(new Rubric.CategoryRule(8, 60));
    double weights =
        rubric.categories().values().stream().mapToDouble(Rubric.CategoryRule::weight).sum();
    assertThat(weights).isEqualTo(100);
    assertThat(rubric.letters()).hasSize(9);
    assertThat(rubric.letterFor(96)).isEqualTo("A+++");
    assertThat(rubric.letterFor(85)).isEqualTo("A");
    assertThat(rubric.letterFor(59.9)).isEqualTo("Failing");
  }

  @Test
  void fileOverridesOnlyWhatItSays() {
    Inventories.write(
        dir,
        "rubrics/strict.yaml",
        """
        target: 90
        categories:
          security: { weight: 30 }
          backup_dr: { minimum: 80 }
        check_weights: { sec.auth-coverage: 3 }
        """);
    Rubric rubric = RubricLoader.load("rubrics/strict.yaml", dir);
    assertThat(rubric.target()).isEqualTo(90);
    assertThat(rubric.categories().get(Category.SECURITY))
        .isEqualTo(new Rubric.CategoryRule(30, 60));
    assertThat(rubric.categories().get(Category.BACKUP_DR))
        .isEqualTo(new Rubric.CategoryRule(10, 80));
    assertThat(rubric.categories().get(Category.AVAILABILITY))
        .isEqualTo(new Rubric.CategoryRule(20, 60));
    assertThat(rubric.checkWeight("sec.auth-coverage")).isEqualTo(3);
    assertThat(rubric.checkWeight("avail.tls")).isEqualTo(1);
    assertThat(rubric.letters()).isEqualTo(RubricLoader.defaultRubric().letters());
  }

  @Test
  void lettersReplaceTheDefaultBands() {
    Inventories.write(
        dir, "r.yaml", "letters:\n  - { min: 50, letter: Pass }\n  - { min: 0, letter: Fail }\n");
    Rubric rubric = RubricLoader.load("r.yaml", dir);
    assertThat(rubric.letterFor(50)).isEqualTo("Pass");
    assertThat(rubric.letterFor(49)).isEqualTo("Fail");
  }

  @Test
  void mistakesAreReportedAllAtOnceWithTheirPositions() {
    Path file =
        Inventories.write(
            dir,
            "bad.yaml",
            """
            target: 85
            categories:
              security: { weight: -5, minimum: 120 }
              securty: { weight: 10 }
            check_weights: { avail.tls: -1 }
            letters:
              - { min: 80, letter: Good }
              - { min: 90, letter: Better }
            """);
    assertThatThrownBy(() -> RubricLoader.load("bad.yaml", dir))
        .isInstanceOf(InventoryException.class)
        .satisfies(
            e ->
                assertThat(((InventoryException) e).problems())
                    .extracting(Problem::display)
                    .containsExactly(
                        file + ":3:23: categories.security.weight: -5 is out of range: at least 0",
                        file
                            + ":3:36: categories.security.minimum: 120 is out of range: from 0 to 100",
                        file
                            + ":4:3: categories.securty: unknown key 'securty' (did you mean 'security'?)",
                        file + ":5:29: check_weights.avail.tls: -1 is out of range: at least 0",
                        file
                            + ":8:12: letters[1].min: letters go from the highest min to the lowest: 90"
                            + " comes after 80"));
  }

  @Test
  void missingRubricFile() {
    assertThatThrownBy(() -> RubricLoader.load("nope.yaml", dir))
        .isInstanceOf(InventoryException.class)
        .hasMessage(dir.resolve("nope.yaml") + ": no such file");
  }

  @Test
  void categoriesOfTheDefaultAreAllKnown() {
    assertThat(RubricLoader.defaultRubric().categories().keySet())
        .containsExactlyInAnyOrderElementsOf(List.of(Category.values()));
  }
}
