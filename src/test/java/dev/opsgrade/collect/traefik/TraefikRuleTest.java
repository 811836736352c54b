package dev.opsgrade.collect.traefik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraefikRuleTest {

  @Test
  void hostsAndPathsComeFromEveryAlternative() {
    TraefikRule.Parsed rule =
        TraefikRule.parse(
            "Host(`a.lab`) && PathPrefix(`/api`) || (Host(\"b.lab\") && !Path('/x'))");
    assertThat(rule.error()).isEmpty();
    assertThat(rule.hosts()).containsExactly("a.lab", "b.lab");
    assertThat(rule.pathFor("a.lab")).isEqualTo("/api");
    assertThat(rule.pathFor("b.lab")).isEqualTo("/");
  }

  @Test
  void v2ListsAndRegexpsAreRead() {
    assertThat(TraefikRule.parse("Host(`a.lab`, `b.lab`)").hosts())
        .containsExactly("a.lab", "b.lab");
    assertThat(TraefikRule.parse("HostRegexp(`^.+\\.lab$`)").hostRegexps())
        .containsExactly("^.+\\.lab$");
    assertThat(
            TraefikRule.parse("Host(`foo.com`) \u0026\u0026 PathPrefix(`/bar`)").pathFor("foo.com"))
        .isEqualTo("/bar");
  }

  @Test
  void matchersOtherThanHostAndPathDoNotMultiplyTheRoute() {
    assertThat(
            TraefikRule.parse("Host(`a.lab`) && Header(`X-Forwarded-Proto`, `https`)")
                .alternatives())
        .singleElement()
        .isEqualTo(new TraefikRule.Alternative(Optional.of("a.lab"), Optional.empty(), "/"));
    assertThat(TraefikRule.parse("Host(`a.lab`) && Method(`GET`, `POST`, `HEAD`)").hosts())
        .containsExactly("a.lab");
  }

  @Test
  void aBrokenRuleSaysWhere() {
    assertThat(TraefikRule.parse("Host(`a.lab`) && ").error().orElseThrow()).contains("at the end");
    assertThat(TraefikRule.parse("Host(`a.lab)").error().orElseThrow())
        .contains("column 6", "unclosed");
    assertThat(TraefikRule.parse("Host(`a`) # x").error().orElseThrow())
        .contains("unexpected character '#'");
  }
}
