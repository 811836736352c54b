package dev.opsgrade.check.reliability;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Severity;
import dev.opsgrade.model.Status;
import org.junit.jupiter.api.Test;

class MemoryLimitCheckTest {
  private final MemoryLimitCheck check = new MemoryLimitCheck();

  private Finding judge(TestService service) {
    return new ComposeFacts().service(service).evaluate(check).getFirst();
  }

  @Test
  void aLimitPasses() {
    Finding finding = judge(service("traefik").memory(256L * 1024 * 1024));

    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message()).contains("256 MiB");
  }

  @Test
  void noLimitFailsWithLowSeverity() {
    Finding finding = judge(service("whoami"));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.severity()).isEqualTo(Severity.LOW);
    assertThat(finding.fix()).hasValueSatisfying(f -> assertThat(f).contains("mem_limit"));
  }

  @Test
  void aZeroLimitIsNoLimit() {
    assertThat(judge(service("x").memory(0)).status()).isEqualTo(Status.FAIL);
  }
}
