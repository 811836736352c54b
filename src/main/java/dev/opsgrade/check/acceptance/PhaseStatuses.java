package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.PhaseEvaluator;
import dev.opsgrade.acceptance.PhaseInputs;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.collect.phases.PhaseFolder;
import dev.opsgrade.collect.phases.ReportsFolder;
import dev.opsgrade.collect.todo.TodoItem;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.PhaseSpec;
import java.util.List;
import java.util.Optional;

/** The state of every phase of the inventory, from the evidence and an assessment's findings. */
public final class PhaseStatuses {
  private PhaseStatuses() {}

  /** {@code findings}: waivers applied; empty when there is no assessment to judge by. */
  public static List<PhaseStatus> of(Evidence evidence, Optional<List<Finding>> findings) {
    List<AcceptanceRecord> acceptances =
        evidence.all(AcceptanceRecord.class).stream().map(FactView::data).toList();
    List<String> reports =
        evidence.all(ReportsFolder.class).stream().flatMap(r -> r.data().files().stream()).toList();
    List<TodoItem> items = evidence.all(TodoItem.class).stream().map(FactView::data).toList();
    List<PhaseFolder> folders =
        evidence.all(PhaseFolder.class).stream().map(FactView::data).toList();
    return evidence.inventory().phases().stream()
        .map(
            phase ->
                PhaseEvaluator.evaluate(
                    inputs(phase, findings, acceptances, reports, items, folders, evidence)))
        .toList();
  }

  private static PhaseInputs inputs(
      PhaseSpec phase,
      Optional<List<Finding>> findings,
      List<AcceptanceRecord> acceptances,
      List<String> reports,
      List<TodoItem> items,
      List<PhaseFolder> folders,
      Evidence evidence) {
    List<TodoItem> own =
        items.stream().filter(i -> i.phase().equals(Optional.of(phase.id()))).toList();
    return new PhaseInputs(
        phase,
        findings,
        acceptances.stream().filter(a -> a.phase().equals(phase.id())).toList(),
        folders.stream()
            .filter(f -> f.phase().equals(phase.id()))
            .flatMap(f -> f.files().stream())
            .toList(),
        reports,
        own.size(),
        (int) own.stream().filter(TodoItem::done).count(),
        RecordEvidence.today(evidence));
  }
}
