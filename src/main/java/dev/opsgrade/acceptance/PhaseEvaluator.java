package dev.opsgrade.acceptance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges a phase's state. A sign-off decides first (the latest one: accepted, conditionally
 * accepted until its date, or expired after it); without one, the evidence: criteria met (every
 * criterion met and deliverable found), in progress (some criterion met, a deliverable found or a
 * ticked item), else not started.
 */
public final class PhaseEvaluator {
  private PhaseEvaluator() {}

  public static PhaseStatus evaluate(PhaseInputs in) {
    List<CriterionResult> criteria =
        in.phase().criteria().stream()
            .map(
                id ->
                    in.findings()
                        .map(findings -> Criteria.evaluate(id, findings))
                        .orElseGet(() -> CriterionResult.notAssessed(id)))
            .toList();
    List<String> files = new ArrayList<>(in.folderFiles());
    files.addAll(in.reportFiles());
    List<DeliverableResult> deliverables =
        in.phase().deliverables().stream().map(stem -> Deliverables.find(stem, files)).toList();
    Optional<AcceptanceRecord> latest = latest(in.acceptances());
    PhaseStatus provisional =
        new PhaseStatus(
            in.phase(),
            PhaseState.NOT_STARTED,
            criteria,
            deliverables,
            latest,
            in.items(),
            in.itemsDone());
    return new PhaseStatus(
        in.phase(),
        state(provisional, in),
        criteria,
        deliverables,
        latest,
        in.items(),
        in.itemsDone());
  }

  public static Optional<AcceptanceRecord> latest(List<AcceptanceRecord> acceptances) {
    return acceptances.stream().max(Comparator.comparing(AcceptanceRecord::acceptedAt));
  }

  private static PhaseState state(PhaseStatus status, PhaseInputs in) {
    if (status.acceptance().isPresent()) {
      AcceptanceRecord acceptance = status.acceptance().get();
      if (acceptance.kind() != AcceptanceRecord.Kind.CONDITIONAL) {
        return PhaseState.ACCEPTED;
      }
      return acceptance.expiredOn(in.today())
          ? PhaseState.CONDITION_EXPIRED
          : PhaseState.CONDITIONALLY_ACCEPTED;
    }
    if (status.criteriaMet()) {
      return PhaseState.CRITERIA_MET;
    }
    boolean started =
        status.criteria().stream().anyMatch(CriterionResult::met)
            || status.deliverables().stream().anyMatch(DeliverableResult::found)
            || in.itemsDone() > 0;
    return started ? PhaseState.IN_PROGRESS : PhaseState.NOT_STARTED;
  }
}
