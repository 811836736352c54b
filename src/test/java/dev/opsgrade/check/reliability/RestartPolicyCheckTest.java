package dev.opsgrade.check.reliability;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestartPolicyCheckTest {
  private final RestartPolicyCheck check = new RestartPolicyCheck();

  private Finding judge(TestService service) {
    return new ComposeFacts().service(service).evaluate(check).getFirst();
  }

  @ParameterizedTest
  @CsvSource({
    "always, PASS",
    "unless-stopped, PASS",
    "on-failure, PASS",
    "on-failure:5, PASS",
    "any, PASS",
    "no, FAIL",
    "none, FAIL",
    "sometimes, FAIL"
  })
  void judgesThePolicy(String policy, Status expected) {
    Finding finding = judge(service("app").restart(policy));

    assertThat(finding.status()).isEqualTo(expected);
    assertThat(finding.message()).contains(policy);
  }

  @Test
  void noPolicyFailsWithAFix() {
    Finding finding = judge(service("app"));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("restart: unless-stopped"));
  }
}
