package dev.opsgrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with src/test/resources/golden/&lt;name&gt;; run the tests with
 * -Dgolden.update=true to rewrite the files instead, then review the diff before committing.
 */
public final class GoldenFiles {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static void assertMatches(String name, String actual) throws IOException {
    Path golden = DIR.resolve(name);
    if (updating()) {
      Files.createDirectories(DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden)
        .as("golden file %s is missing: run the tests with -Dgolden.update=true", golden)
        .exists();
    assertThat(actual)
        .as(
            "output differs from %s (regenerate with -Dgolden.update=true, review the diff)",
            golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  public static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }
}
