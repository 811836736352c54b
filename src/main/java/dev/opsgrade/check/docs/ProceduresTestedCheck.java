package dev.opsgrade.check.docs;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.acceptance.RecordEvidence;
import dev.opsgrade.collect.todo.ProcedureDoc;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * doc.procedures-tested: every runbook and disaster recovery procedure has a test record (a passed
 * drill, an acceptance) from the 30 days before the assessment.
 */
public final class ProceduresTestedCheck implements Check {
  @Override
  public String id() {
    return "doc.procedures-tested";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    String docs =
        evidence.inventory().docs().map(d -> d.path()).orElse(evidence.inventory().name());
    Optional<String> unread = RecordEvidence.missing(evidence, RecordEvidence.TODO);
    if (unread.isPresent()) {
      return List.of(findings.unverified(docs, "no procedures read: " + unread.get()));
    }
    List<FactView<ProcedureDoc>> procedures = evidence.all(ProcedureDoc.class);
    if (procedures.isEmpty()) {
      return List.of(
          findings.notApplicable(docs, "no runbook or procedure document under " + docs));
    }
    Optional<String> noRecords = RecordEvidence.missing(evidence, RecordEvidence.RECORDS);
    List<Finding> result = new ArrayList<>();
    for (FactView<ProcedureDoc> doc : procedures) {
      String subject = doc.data().file();
      if (noRecords.isPresent()) {
        result.add(findings.unverified(subject, "no test records: " + noRecords.get()));
      } else {
        List<ProcedureTests.Test> tests =
            ProcedureTests.of(
                doc.data(),
                evidence.all(DrillRecord.class),
                evidence.all(AcceptanceRecord.class),
                evidence.inventory().phases());
        result.add(ProcedureVerdict.judge(doc, tests, evidence.now(), findings));
      }
    }
    return result;
  }
}
