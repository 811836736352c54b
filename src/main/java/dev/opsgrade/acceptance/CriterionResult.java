package dev.opsgrade.acceptance;

import java.util.List;

/**
 * How one success criterion (a check id) stands in an assessment: met when none of its findings
 * needs attention (passed, waived or not applicable), not met when one fails, warns or is
 * unverified, not assessed when the assessment holds no finding of it.
 */
public record CriterionResult(
    String check,
    Verdict verdict,
    int passing,
    int waived,
    int failing,
    int notApplicable,
    List<String> failingSubjects) {

  private static final int SUBJECTS_SHOWN = 3;

  public enum Verdict {
    MET("met"),
    NOT_MET("not met"),
    NOT_ASSESSED("not assessed");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static CriterionResult notAssessed(String check) {
    return new CriterionResult(check, Verdict.NOT_ASSESSED, 0, 0, 0, 0, List.of());
  }

  public boolean met() {
    return verdict == Verdict.MET;
  }

  /** "5 of 6 pass, 1 waived", "2 of 6 do not pass: a, b", "no finding in the assessment". */
  public String summary() {
    int counted = passing + waived + failing;
    return switch (verdict) {
      case NOT_ASSESSED -> "no finding of this check in the assessment";
      case MET ->
          counted == 0
              ? "not applicable (" + notApplicable + " subjects)"
              : passing
                  + " of "
                  + counted
                  + " pass"
                  + (waived > 0 ? ", " + waived + " waived" : "");
      case NOT_MET -> failing + " of " + counted + " do not pass: " + subjects();
    };
  }

  private String subjects() {
    String shown = String.join(", ", failingSubjects.subList(0, Math.min(SUBJECTS_SHOWN, failing)));
    return failing > SUBJECTS_SHOWN ? shown + " (+" + (failing - SUBJECTS_SHOWN) + " more)" : shown;
  }
}
