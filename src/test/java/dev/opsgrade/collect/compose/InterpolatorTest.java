package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every interpolation form of the compose spec. */
class InterpolatorTest {
  private static final Map<String, String> ENV =
      Map.of("SET", "value", "EMPTY", "", "OTHER", "other", "HOST", "hs");
  private static final Interpolator INTERPOLATOR =
      new Interpolator(name -> Optional.ofNullable(ENV.get(name)));
  private static final Position AT = new Position(Path.of("c.yml"), 3, 7);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "${SET}                  | value             | true",
        "$SET                    | value             | true",
        "${UNSET}                |                   | true",
        "$UNSET                  |                   | true",
        "${SET:-d}               | value             | true",
        "${EMPTY:-d}             | d                 | false",
        "${UNSET:-d}             | d                 | false",
        "${EMPTY-d}              |                   | true",
        "${UNSET-d}              | d                 | false",
        "${SET:+alt}             | alt               | false",
        "${EMPTY:+alt}           |                   | false",
        "${EMPTY+alt}            | alt               | false",
        "${UNSET+alt}            |                   | false",
        "${SET:?must}            | value             | true",
        "${EMPTY?must}           |                   | true",
        "${UNSET:-${OTHER}}      | other             | true",
        "${UNSET:-${NONE:-deep}} | deep              | false",
        "${UNSET:-a-${OTHER}-b}  | a-other-b         | false",
        "compose/$HOST/x.yml     | compose/hs/x.yml  | false",
        "compose/${HOST}/x.yml   | compose/hs/x.yml  | false",
        "$$SET                   | $SET              | false",
        "$${SET}                 | ${SET}            | false",
        "a$$b                    | a$b               | false",
        "price: 5$               | price: 5$         | false",
        "$1 and $ alone          | $1 and $ alone    | false",
        "pre${SET}               | prevalue          | false",
        "${SET}${OTHER}          | valueother        | false",
      })
  void interpolates(String text, String value, boolean reference) {
    Interpolator.Result result = INTERPOLATOR.apply(text, AT);

    assertThat(result.value()).isEqualTo(value == null ? "" : value);
    assertThat(result.reference()).isEqualTo(reference);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "${UNSET:?set UNSET first}  | required variable UNSET is missing a value: set UNSET first",
        "${EMPTY:?}                 | required variable EMPTY is missing a value",
        "${UNSET?err}               | required variable UNSET is missing a value: err",
        "${UNSET:?need ${HOST}}     | required variable UNSET is missing a value: need hs",
        "${SET                      | without a closing",
        "${}                        | must start a variable name",
        "${1A}                      | must start a variable name",
        "${SET:}                    | unexpected characters after ${SET",
        "${SET.x}                   | unexpected characters after ${SET",
      })
  void errorsNameTheVariableAndThePosition(String text, String problem) {
    assertThatThrownBy(() -> INTERPOLATOR.apply(text, AT))
        .isInstanceOfSatisfying(
            ComposeException.class,
            e -> {
              assertThat(e.problem()).contains(problem);
              assertThat(e.position()).isEqualTo(AT);
            });
  }
}
