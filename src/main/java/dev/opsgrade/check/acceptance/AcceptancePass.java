package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.acceptance.Waivers;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.todo.TodoItem;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What runs after the checks, on all their findings: the two acceptance checks that judge other
 * checks' findings (acc.done-but-failing, acc.phase-signoff) replace their provisional findings,
 * and the waivers of the evidence are applied. Pure: the same evidence and findings give the same
 * result.
 *
 * <p>Order: waivers first, so that a waived finding counts as met for a criterion or a ticked item;
 * then the two checks; then the waivers again, so that their own findings can be waived too.
 */
public final class AcceptancePass {
  private static final Set<String> AFTER_CHECKS =
      Set.of(DoneButFailingCheck.ID, PhaseSignoffCheck.ID);

  private AcceptancePass() {}

  /** The findings to score, the waivers that matched nothing, and the state of every phase. */
  public record Result(
      List<Finding> findings, List<Waivers.Unmatched> unmatchedWaivers, List<PhaseStatus> phases) {}

  public static Result apply(Evidence evidence, List<Finding> findings, Catalogue catalogue) {
    LocalDate today = RecordEvidence.today(evidence);
    List<Waiver> waivers = evidence.all(Waiver.class).stream().map(FactView::data).toList();
    List<Finding> checked =
        findings.stream().filter(f -> !AFTER_CHECKS.contains(f.check())).toList();
    List<Finding> waived = Waivers.apply(checked, waivers, today).findings();
    List<Finding> all = new ArrayList<>(checked);
    if (registered(findings, DoneButFailingCheck.ID)) {
      all.addAll(doneButFailing(evidence, waived, catalogue));
    }
    if (registered(findings, PhaseSignoffCheck.ID)) {
      all.addAll(
          new PhaseSignoffCheck()
              .evaluate(evidence, new Findings(catalogue.get(PhaseSignoffCheck.ID)), waived));
    }
    Waivers.Result result = Waivers.apply(all, waivers, today);
    List<Finding> sorted =
        result.findings().stream()
            .sorted(
                Comparator.comparing(Finding::check)
                    .thenComparing(Finding::subject)
                    .thenComparing(Finding::message))
            .toList();
    return new Result(sorted, result.unmatched(), PhaseStatuses.of(evidence, Optional.of(sorted)));
  }

  private static List<Finding> doneButFailing(
      Evidence evidence, List<Finding> waived, Catalogue catalogue) {
    Findings helper = new Findings(catalogue.get(DoneButFailingCheck.ID));
    Optional<String> missing = RecordEvidence.missing(evidence, RecordEvidence.TODO);
    String inventory = evidence.inventory().name();
    if (missing.isPresent()) {
      return List.of(helper.unverified(inventory, "no task lists read: " + missing.get()));
    }
    List<FactView<TodoItem>> items = evidence.all(TodoItem.class);
    List<Finding> judged = DoneButFailing.evaluate(items, waived, catalogue.ids(), helper);
    if (!judged.isEmpty()) {
      return judged;
    }
    return List.of(
        helper.notApplicable(
            inventory, "no ticked item names a check (" + items.size() + " task items read)"));
  }

  private static boolean registered(List<Finding> findings, String check) {
    return findings.stream().anyMatch(f -> f.check().equals(check));
  }
}
