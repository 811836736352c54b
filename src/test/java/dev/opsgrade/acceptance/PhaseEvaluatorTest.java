package dev.opsgrade.acceptance;

import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.model.inventory.PhaseSpec;
import dev.opsgrade.score.EstateBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseEvaluatorTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-04");
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final PhaseSpec PHASE =
      Inventories.phase(
          "2A",
          "phases/PHASE-2A",
          List.of("avail.route-status", "sec.auth-coverage"),
          List.of("SERVICE_HEALTH_REPORT"));
  private static final List<String> REPORTS =
      List.of(
          "reports/SERVICE_HEALTH_REPORT_2026-11-20.md",
          "reports/SERVICE_HEALTH_REPORT_2026-12-04.md",
          "reports/SECURITY_AUDIT_2026-12-04.md");

  private static List<Finding> findings(boolean authFixed) {
    EstateBuilder estate =
        new EstateBuilder()
            .pass(
                "avail.route-status",
                "grafana.example.net",
                "200",
                url("https://grafana.example.net"))
            .pass(
                "sec.auth-coverage",
                "grafana@docker",
                "forwardAuth",
                url("https://grafana.example.net"));
    if (authFixed) {
      estate.pass(
          "sec.auth-coverage", "wiki-admin@file", "forwardAuth", url("https://wiki.example.net"));
    } else {
      estate.fail(
          "sec.auth-coverage",
          "wiki-admin@file",
          "no auth",
          url("https://wiki.example.net"),
          "add authelia");
    }
    return estate.assess("phases", NOW).findings();
  }

  private static PhaseStatus evaluate(
      Optional<List<Finding>> findings,
      List<AcceptanceRecord> acceptances,
      List<String> reports,
      int items,
      int done) {
    return PhaseEvaluator.evaluate(
        new PhaseInputs(PHASE, findings, acceptances, List.of(), reports, items, done, TODAY));
  }

  @Test
  void nothingDoneIsNotStarted() {
    PhaseStatus status = evaluate(Optional.empty(), List.of(), List.of(), 4, 0);

    assertThat(status.state()).isEqualTo(PhaseState.NOT_STARTED);
    assertThat(status.criteria())
        .extracting(CriterionResult::verdict)
        .containsOnly(CriterionResult.Verdict.NOT_ASSESSED);
    assertThat(status.missingDeliverables()).containsExactly("SERVICE_HEALTH_REPORT");
    assertThat(status.finished()).isFalse();
  }

  @Test
  void aFailingCriterionKeepsThePhaseInProgressAndNamesWhatFails() {
    PhaseStatus status = evaluate(Optional.of(findings(false)), List.of(), REPORTS, 4, 2);

    assertThat(status.state()).isEqualTo(PhaseState.IN_PROGRESS);
    assertThat(status.unmetCriteria())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.check()).isEqualTo("sec.auth-coverage");
              assertThat(c.summary()).isEqualTo("1 of 2 do not pass: wiki-admin@file");
            });
    assertThat(status.deliverables().getFirst().file())
        .as("the newest dated file")
        .contains("reports/SERVICE_HEALTH_REPORT_2026-12-04.md");
  }

  @Test
  void everyCriterionMetAndDeliverableFoundIsCriteriaMet() {
    PhaseStatus status = evaluate(Optional.of(findings(true)), List.of(), REPORTS, 4, 2);

    assertThat(status.state()).isEqualTo(PhaseState.CRITERIA_MET);
    assertThat(status.finished()).isTrue();
  }

  @Test
  void aMissingDeliverableKeepsCriteriaFromBeingMet() {
    PhaseStatus status =
        evaluate(
            Optional.of(findings(true)), List.of(), List.of("reports/SECURITY_AUDIT.md"), 0, 0);

    assertThat(status.state()).isEqualTo(PhaseState.IN_PROGRESS);
    assertThat(status.missingDeliverables()).containsExactly("SERVICE_HEALTH_REPORT");
  }

  @Test
  void aWaivedFindingCountsAsMet() {
    List<Finding> waived =
        Waivers.apply(
                findings(false),
                List.of(
                    new Waiver(
                        "sec.auth-coverage", "wiki-admin@*", "internal only", "j.doe", TODAY)),
                TODAY)
            .findings();

    PhaseStatus status = evaluate(Optional.of(waived), List.of(), REPORTS, 0, 0);

    assertThat(status.state()).isEqualTo(PhaseState.CRITERIA_MET);
    assertThat(status.criteria().get(1).summary()).isEqualTo("1 of 2 pass, 1 waived");
    assertThat(waived).anyMatch(f -> f.status() == Status.WAIVED);
  }

  @Test
  void everyItemTickedMarksThePhaseDoneEvenWhileCriteriaFail() {
    PhaseStatus status = evaluate(Optional.of(findings(false)), List.of(), REPORTS, 3, 3);

    assertThat(status.state()).isEqualTo(PhaseState.IN_PROGRESS);
    assertThat(status.markedDone()).isTrue();
    assertThat(status.finished()).isTrue();
  }

  @Test
  void theLatestSignOffDecidesTheState() {
    AcceptanceRecord conditional =
        Acceptances.conditional("2A", NOW.minusSeconds(86_400 * 10), LocalDate.parse("2026-12-31"));
    AcceptanceRecord full = Acceptances.full("2A", NOW.minusSeconds(3600));

    PhaseStatus conditionally =
        evaluate(Optional.of(findings(false)), List.of(conditional), REPORTS, 0, 0);
    PhaseStatus accepted =
        evaluate(Optional.of(findings(false)), List.of(full, conditional), REPORTS, 0, 0);

    assertThat(conditionally.state()).isEqualTo(PhaseState.CONDITIONALLY_ACCEPTED);
    assertThat(conditionally.label()).isEqualTo("conditionally accepted until 2026-12-31");
    assertThat(accepted.state()).isEqualTo(PhaseState.ACCEPTED);
    assertThat(accepted.unmetCriteria()).as("still shown after acceptance").hasSize(1);
  }

  @Test
  void aConditionalAcceptancePastItsDateHasExpired() {
    AcceptanceRecord lastDay = Acceptances.conditional("2A", NOW.minusSeconds(86_400 * 30), TODAY);
    AcceptanceRecord past =
        Acceptances.conditional("2A", NOW.minusSeconds(86_400 * 30), TODAY.minusDays(1));

    assertThat(evaluate(Optional.empty(), List.of(lastDay), List.of(), 0, 0).state())
        .isEqualTo(PhaseState.CONDITIONALLY_ACCEPTED);
    PhaseStatus expired = evaluate(Optional.empty(), List.of(past), List.of(), 0, 0);
    assertThat(expired.state()).isEqualTo(PhaseState.CONDITION_EXPIRED);
    assertThat(expired.label()).isEqualTo("conditional acceptance expired on 2026-12-03");
  }

  @Test
  void deliverablesMatchTheirStemAloneOrDatedInAnyCase() {
    assertThat(Deliverables.find("SECURITY_AUDIT", List.of("x/security_audit.md")).found())
        .isTrue();
    assertThat(
            Deliverables.find("SECURITY_AUDIT", List.of("x/SECURITY_AUDIT_2026-12-04.html"))
                .found())
        .isTrue();
    assertThat(Deliverables.find("SECURITY_AUDIT", List.of("x/SECURITY_AUDIT_DRAFT.md")).found())
        .isFalse();
    assertThat(Deliverables.find("SECURITY_AUDIT", List.of("x/OLD_SECURITY_AUDIT.md")).found())
        .isFalse();
  }
}
