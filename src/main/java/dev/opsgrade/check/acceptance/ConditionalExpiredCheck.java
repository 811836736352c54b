package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * acc.conditional-expired: a phase whose latest sign-off is a conditional acceptance past its date
 * fails (a later full acceptance supersedes it); one still in force passes.
 */
public final class ConditionalExpiredCheck implements Check {

  @Override
  public String id() {
    return "acc.conditional-expired";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    String inventory = evidence.inventory().name();
    Optional<String> missing = RecordEvidence.missing(evidence, RecordEvidence.RECORDS);
    if (missing.isPresent()) {
      return List.of(findings.unverified(inventory, "no acceptance records: " + missing.get()));
    }
    BinaryOperator<FactView<AcceptanceRecord>> later =
        BinaryOperator.maxBy(Comparator.comparing(v -> v.data().acceptedAt()));
    Map<String, FactView<AcceptanceRecord>> latest =
        evidence.all(AcceptanceRecord.class).stream()
            .collect(Collectors.toMap(v -> v.data().phase(), v -> v, later, TreeMap::new));
    LocalDate today = RecordEvidence.today(evidence);
    List<Finding> result = new ArrayList<>();
    latest.values().stream()
        .filter(v -> v.data().kind() == AcceptanceRecord.Kind.CONDITIONAL)
        .forEach(v -> result.add(judge(v, today, findings)));
    if (result.isEmpty()) {
      result.add(
          findings.notApplicable(
              inventory, "no phase's latest sign-off is a conditional acceptance"));
    }
    return result;
  }

  private static Finding judge(FactView<AcceptanceRecord> view, LocalDate today, Findings f) {
    AcceptanceRecord a = view.data();
    LocalDate until = a.conditionalUntil().orElse(today);
    String conditions = a.conditions().map(c -> " (conditions: " + c + ")").orElse("");
    String subject = "phase " + a.phase();
    if (!a.expiredOn(today)) {
      long left = ChronoUnit.DAYS.between(today, until);
      return f.about(
          Status.PASS,
          subject,
          "conditionally accepted by %s until %s, %d days left%s"
              .formatted(a.acceptedBy(), until, left, conditions),
          view);
    }
    long ago = ChronoUnit.DAYS.between(until, today);
    return f.fail(
        subject,
        "the conditional acceptance by %s expired on %s, %d days ago%s"
            .formatted(a.acceptedBy(), until, ago, conditions),
        view.location(),
        List.of(view.id()),
        "Meet the conditions and run `opsgrade accept %s --by NAME`, or renew them with --conditional-until DATE --reason TEXT"
            .formatted(a.phase()));
  }
}
