package dev.opsgrade.acceptance;

import dev.opsgrade.model.inventory.PhaseSpec;
import java.util.List;
import java.util.Optional;

/** A phase's state with the evidence behind it: criteria, deliverables, tasks and sign-off. */
public record PhaseStatus(
    PhaseSpec phase,
    PhaseState state,
    List<CriterionResult> criteria,
    List<DeliverableResult> deliverables,
    Optional<AcceptanceRecord> acceptance,
    int items,
    int itemsDone) {

  /** Every criterion met and every deliverable found; a phase with neither has no evidence. */
  public boolean criteriaMet() {
    boolean judged = !criteria.isEmpty() || !deliverables.isEmpty();
    return judged && unmetCriteria().isEmpty() && missingDeliverables().isEmpty();
  }

  /** Every checkbox item of the phase's task lists ticked. */
  public boolean markedDone() {
    return items > 0 && itemsDone == items;
  }

  /** Done by evidence or by its task list, or already signed off. */
  public boolean finished() {
    return acceptance.isPresent() || criteriaMet() || markedDone();
  }

  public List<CriterionResult> unmetCriteria() {
    return criteria.stream().filter(c -> !c.met()).toList();
  }

  public List<String> missingDeliverables() {
    return deliverables.stream().filter(d -> !d.found()).map(DeliverableResult::stem).toList();
  }

  /** "conditionally accepted until 2027-01-15", "criteria met". */
  public String label() {
    return switch (state) {
      case CONDITIONALLY_ACCEPTED, CONDITION_EXPIRED ->
          state.label()
              + acceptance
                  .flatMap(AcceptanceRecord::conditionalUntil)
                  .map(d -> (state == PhaseState.CONDITION_EXPIRED ? " on " : " until ") + d)
                  .orElse("");
      default -> state.label();
    };
  }
}
