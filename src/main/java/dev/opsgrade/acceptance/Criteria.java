package dev.opsgrade.acceptance;

import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;

/** Judges a criterion (a check id) from the findings of one assessment, waivers applied. */
public final class Criteria {
  private Criteria() {}

  public static CriterionResult evaluate(String check, List<Finding> findings) {
    int passing = 0;
    int waived = 0;
    int notApplicable = 0;
    List<String> failing = new ArrayList<>();
    boolean any = false;
    for (Finding finding : findings) {
      if (!finding.check().equals(check)) {
        continue;
      }
      any = true;
      switch (finding.status()) {
        case PASS -> passing++;
        case WAIVED -> waived++;
        case NOT_APPLICABLE -> notApplicable++;
        case FAIL, WARN, UNVERIFIED -> failing.add(finding.subject());
      }
    }
    if (!any) {
      return CriterionResult.notAssessed(check);
    }
    CriterionResult.Verdict verdict =
        failing.isEmpty() ? CriterionResult.Verdict.MET : CriterionResult.Verdict.NOT_MET;
    return new CriterionResult(
        check, verdict, passing, waived, failing.size(), notApplicable, List.copyOf(failing));
  }
}
