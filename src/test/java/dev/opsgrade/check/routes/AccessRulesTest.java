package dev.opsgrade.check.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.authelia.AutheliaAccessControl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authelia's rules matched to a route host as Authelia matches them. */
class AccessRulesTest {

  private static AutheliaAccessControl control(AutheliaAccessControl.Rule... rules) {
    return new AutheliaAccessControl("configuration.yml", "deny", Map.of(), List.of(rules));
  }

  private static AutheliaAccessControl.Rule regex(int index, String regex, String policy) {
    return new AutheliaAccessControl.Rule(
        index,
        10 + index,
        List.of(),
        List.of(regex),
        policy,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void anUnanchoredDomainRegexMatchesAnywhereAsInGo() {
    AutheliaAccessControl control = control(regex(1, "[a-z0-9]*\\.lab\\.net", "one_factor"));

    assertThat(AccessRules.match(control, "grafana.lab.net").policy()).isEqualTo("one_factor");
    assertThat(AccessRules.match(control, "grafana.lab.net.evil.example").policy())
        .isEqualTo("one_factor");
  }

  @Test
  void anAnchoredDomainRegexMatchesOnlyWhole() {
    AutheliaAccessControl control = control(regex(1, "^(?P<User>\\w+)\\.lab\\.net$", "two_factor"));

    assertThat(AccessRules.match(control, "adam.lab.net").policy()).isEqualTo("two_factor");
    assertThat(AccessRules.match(control, "x.adam.lab.net").policy()).isEqualTo("deny");
  }
}
