package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Memory sizes as Docker reads them: powers of 1024. */
class MemorySizeTest {
  private static final Position AT = new Position(Path.of("c.yml"), 4, 16);

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "1048576, 1048576",
    "100b, 100",
    "1k, 1024",
    "512m, 536870912",
    "512M, 536870912",
    "1g, 1073741824",
    "1.5G, 1610612736",
    "2GiB, 2147483648",
    "2gb, 2147483648",
    "'256 m', 268435456",
    "1t, 1099511627776",
  })
  void parses(String text, long bytes) {
    assertThat(MemorySize.parse(text, AT)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "12x", "-1g", "1.g", "", "99999999999999p"})
  void rejects(String text) {
    assertThatThrownBy(() -> MemorySize.parse(text, AT))
        .isInstanceOfSatisfying(
            ComposeException.class, e -> assertThat(e.position()).isEqualTo(AT));
  }
}
