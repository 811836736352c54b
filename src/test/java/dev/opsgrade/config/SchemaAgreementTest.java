package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader and the JSON Schema agree: what one accepts the other accepts, what one refuses the
 * other refuses. A few rules only the loader can check (unique names, references between sections,
 * regular expressions, required variables) have files of their own.
 */
class SchemaAgreementTest {
  /** Set for the valid files that reference variables without a default. */
  static final Map<String, String> ENVIRONMENT =
      Map.of("GRAFANA_TOKEN", "unused", "HOOK_TOKEN", "t");

  static List<Path> validInventories() {
    List<Path> files =
        new java.util.ArrayList<>(
            InventorySchema.yamlFiles(InventorySchemaTest.RESOURCES.resolve("valid")));
    files.add(ProductExampleTest.EXAMPLE);
    return files;
  }

  static List<Path> invalidInventories() {
    return InventorySchemaTest.invalidInventories();
  }

  static List<Path> loaderOnlyInvalid() {
    return InventorySchema.yamlFiles(InventorySchemaTest.RESOURCES.resolve("loader-only-invalid"));
  }

  @ParameterizedTest
  @MethodSource("validInventories")
  void bothAccept(Path file) {
    assertThat(InventorySchema.errors(file)).as("schema on " + file).isEmpty();
    assertThatCode(() -> InventoryLoader.load(file, ENVIRONMENT))
        .as("loader on " + file)
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("invalidInventories")
  void bothRefuse(Path file) {
    assertThat(InventorySchema.errors(file)).as("schema on " + file).isNotEmpty();
    List<Problem> problems = Inventories.problems(file, ENVIRONMENT);
    assertThat(problems)
        .as("loader on " + file)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @ParameterizedTest
  @MethodSource("loaderOnlyInvalid")
  void loaderRefusesWhatTheSchemaCannotExpress(Path file) {
    List<Problem> problems = Inventories.problems(file, ENVIRONMENT);
    assertThat(problems).as("loader on " + file).hasSize(1);
    assertThat(problems.get(0).line()).isGreaterThan(1);
  }
}
