package dev.opsgrade.serve.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTextTest {
  private static final Alert ALERT =
      new Alert(
          "ProbeFailing",
          Alert.State.FIRING,
          "shop {detail}",
          "shop.example.net",
          "https://shop.example.net/",
          "timeout",
          Instant.parse("2026-12-01T10:00:00Z"),
          Instant.parse("2026-12-01T10:01:30Z"),
          "no answer within 800 ms $1 \\");

  @Test
  void fillsTheFixedPlaceholdersAndNothingElse() {
    assertThat(MessageText.render(MessageText.DEFAULT, ALERT))
        .isEqualTo(
            "shop {detail} is DOWN (timeout) since 2026-12-01T10:00:00Z: no answer within 800 ms"
                + " $1 \\");
    assertThat(MessageText.render("{alert} {group} {url} {at} {nope} {{route}}", ALERT))
        .isEqualTo(
            "ProbeFailing shop.example.net https://shop.example.net/ 2026-12-01T10:01:30Z {nope}"
                + " {shop {detail}}");
  }

  @Test
  void namesUnknownPlaceholders() {
    assertThat(MessageText.unknownPlaceholders("{route} {Route} {servce} {status} {servce}"))
        .containsExactly("servce");
  }
}
