package dev.opsgrade.check.acceptance;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * acc.done-but-failing: a ticked item of a task list that names a check ("- [x] Put the admin
 * routes behind Authelia (sec.auth-coverage)") while that check fails in the same assessment is a
 * false claim. It needs the other checks' findings, so the judgement runs after them ({@link
 * DoneButFailing}, called by {@link AcceptancePass}); run alone, it says so and passes nothing.
 */
public final class DoneButFailingCheck implements Check {
  public static final String ID = "acc.done-but-failing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing = RecordEvidence.missing(evidence, RecordEvidence.TODO);
    String subject = evidence.inventory().name();
    return List.of(
        findings.unverified(
            subject,
            missing.orElse("ticked items are judged from the other checks' findings, after them")));
  }
}
