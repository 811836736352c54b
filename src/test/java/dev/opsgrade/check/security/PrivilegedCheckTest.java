package dev.opsgrade.check.security;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegedCheckTest {
  private final PrivilegedCheck check = new PrivilegedCheck();

  @Test
  void privilegedFailsOthersPass() {
    List<Finding> findings =
        new ComposeFacts()
            .service(service("socket-proxy").privileged())
            .service(service("redis"))
            .evaluate(check);

    assertThat(findings)
        .extracting(Finding::subject, Finding::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("master/redis", Status.PASS),
            org.assertj.core.groups.Tuple.tuple("master/socket-proxy", Status.FAIL));
    Finding failed = findings.get(1);
    assertThat(failed.location().orElseThrow().display()).isEqualTo(ComposeFacts.FILE + ":10");
    assertThat(failed.fix()).hasValueSatisfying(f -> assertThat(f).contains("cap_add"));
  }
}
