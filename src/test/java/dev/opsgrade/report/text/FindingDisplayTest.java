package dev.opsgrade.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fix a report shows: a repair for a failure, the evidence to collect for an unverified one.
 */
class FindingDisplayTest {
  private final Catalogue catalogue = Catalogue.standard();
  private final Findings gitSecrets = new Findings(catalogue.find("sec.git-secrets").orElseThrow());

  @Test
  void anUnverifiedFindingAsksForItsEvidenceNotARepair() {
    Finding unverified = gitSecrets.unverified("../lady-config", "not a git repository");

    assertThat(FindingDisplay.fix(unverified, catalogue))
        .hasValueSatisfying(
            fix ->
                assertThat(fix)
                    .startsWith("Collect the evidence it needs: ")
                    .doesNotContain("Rotate the secret"));
  }

  @Test
  void aFailureKeepsTheCatalogueFix() {
    Finding failed =
        gitSecrets.of(
            dev.opsgrade.model.Status.FAIL,
            "lady-config",
            "a token in history",
            Optional.of(Location.file("x", 1)),
            List.of());

    assertThat(FindingDisplay.fix(failed, catalogue))
        .isEqualTo(catalogue.find("sec.git-secrets").map(m -> m.fix()));
  }
}
