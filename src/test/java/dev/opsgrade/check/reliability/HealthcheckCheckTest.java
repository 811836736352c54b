package dev.opsgrade.check.reliability;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckCheckTest {
  private final HealthcheckCheck check = new HealthcheckCheck();

  private Finding judge(TestService service) {
    return new ComposeFacts().service(service).evaluate(check).getFirst();
  }

  @Test
  void aHealthcheckWithATestPassesAtItsLine() {
    Finding finding =
        judge(service("redis").healthcheck(false, List.of("CMD", "redis-cli", "ping"), 57));

    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message()).contains("redis-cli ping");
    assertThat(finding.location().orElseThrow().line()).contains(57);
  }

  @Test
  void noHealthcheckFailsUnlessTheImageHasOneWhichComposeCannotTell() {
    Finding finding = judge(service("whoami"));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("unless its image defines one");
    assertThat(finding.fix()).hasValueSatisfying(f -> assertThat(f).contains("whoami"));
  }

  @Test
  void aDisabledHealthcheckFails() {
    assertThat(judge(service("a").healthcheck(true, List.of(), 20)).status())
        .isEqualTo(Status.FAIL);
    assertThat(judge(service("b").healthcheck(false, List.of("NONE"), 20)).status())
        .isEqualTo(Status.FAIL);
  }
}
