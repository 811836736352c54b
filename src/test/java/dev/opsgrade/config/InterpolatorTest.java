package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docker Compose's interpolation rules, one by one. */
class InterpolatorTest {
  private final Interpolator interpolator =
      new Interpolator(Map.of("HOST", "db.internal", "EMPTY", "", "PORT", "5432"));

  private String of(String text) throws Interpolator.Failure {
    return interpolator.interpolate(text);
  }

  @Test
  void bracedAndBareVariables() throws Exception {
    assertThat(of("jdbc:postgresql://${HOST}:$PORT/x"))
        .isEqualTo("jdbc:postgresql://db.internal:5432/x");
  }

  @Test
  void unsetWithoutDefaultIsEmptyAsInCompose() throws Exception {
    assertThat(of("a${NOPE}b$NOPE")).isEqualTo("ab");
  }

  @Test
  void colonDashDefaultsWhenUnsetOrEmpty() throws Exception {
    assertThat(of("${NOPE:-x}|${EMPTY:-x}|${HOST:-x}")).isEqualTo("x|x|db.internal");
  }

  @Test
  void dashDefaultsOnlyWhenUnset() throws Exception {
    assertThat(of("${NOPE-x}|${EMPTY-x}|${HOST-x}")).isEqualTo("x||db.internal");
  }

  @Test
  void plusReplacesWhenSet() throws Exception {
    assertThat(of("${HOST:+yes}|${EMPTY:+yes}|${EMPTY+yes}|${NOPE+yes}")).isEqualTo("yes||yes|");
  }

  @Test
  void defaultsMayHoldVariables() throws Exception {
    assertThat(of("${NOPE:-${HOST}:${PORT}}")).isEqualTo("db.internal:5432");
  }

  @Test
  void doubleDollarIsALiteralDollar() throws Exception {
    assertThat(of("price $$5 and $${HOST}")).isEqualTo("price $5 and ${HOST}");
  }

  @Test
  void loneDollarStays() throws Exception {
    assertThat(of("5$ or $1")).isEqualTo("5$ or $1");
  }

  @Test
  void requiredVariable() throws Exception {
    assertThat(of("${HOST:?no host}")).isEqualTo("db.internal");
    assertThat(of("${EMPTY?set}")).isEmpty();
    assertThatThrownBy(() -> of("url ${EMPTY:?give the host}"))
        .isInstanceOf(Interpolator.Failure.class)
        .hasMessage("variable EMPTY is unset or empty: give the host")
        .satisfies(e -> assertThat(((Interpolator.Failure) e).offset()).isEqualTo(4));
    assertThatThrownBy(() -> of("${NOPE?}")).hasMessage("variable NOPE is unset: it is required");
  }

  @Test
  void malformedTemplates() {
    assertThatThrownBy(() -> of("a ${HOST")).hasMessageContaining("never closed");
    assertThatThrownBy(() -> of("${1X}"))
        .hasMessageContaining("does not start with a variable name");
    assertThatThrownBy(() -> of("${HOST:x}")).hasMessageContaining("is not a valid substitution");
  }
}
