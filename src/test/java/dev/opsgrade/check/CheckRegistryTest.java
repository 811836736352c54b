package dev.opsgrade.check;

import static dev.opsgrade.check.compose.TestService.published;
import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckRegistryTest {

  @Test
  void everyCatalogueIdHasACheckAndEveryCheckHasMetadata() {
    CheckRegistry registry = CheckRegistry.standard();
    Set<String> registered = registry.checks().stream().map(Check::id).collect(Collectors.toSet());

    assertThat(registered).containsExactlyInAnyOrderElementsOf(registry.catalogue().ids());
  }

  @Test
  void composeChecksAreRegisteredInsteadOfWaitingForACollector() {
    List<String> composeChecks =
        List.of(
            "sec.public-binding",
            "sec.auth-bypass",
            "sec.env-secrets",
            "sec.docker-socket",
            "sec.privileged",
            "rel.healthcheck",
            "rel.restart-policy",
            "rel.memory-limit",
            "chg.compose-valid");

    assertThat(CheckRegistry.standard().checks())
        .filteredOn(c -> composeChecks.contains(c.id()))
        .hasSize(composeChecks.size())
        .noneMatch(c -> c instanceof AwaitingCollector);
  }

  @Test
  void theRegistryRunsEveryCheckOnComposeEvidence() {
    List<Finding> findings =
        CheckRegistry.standard()
            .evaluate(
                new ComposeFacts()
                    .service(service("grafana").port(published("3000:3000", "", 3000, 3000, 39)))
                    .evidence());

    assertThat(findings)
        .filteredOn(f -> f.check().equals("sec.public-binding"))
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("master/grafana"));
  }
}
