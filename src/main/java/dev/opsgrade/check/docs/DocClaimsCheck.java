package dev.opsgrade.check.docs;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * doc.claims: one finding per claim found in the docs. A claim that matches the measurement passes,
 * one that contradicts it fails with the words to write instead, one that nothing measured is
 * UNVERIFIED with the collector that would measure it.
 *
 * <p>Grade claims need the assessment's grade, which exists only after the checks ran: the pipeline
 * runs this check again with the first pass's grade ({@link #withGrade}). The grade is a
 * constructor argument and not a fact, because the evidence bundle holds what was collected and a
 * grade is computed from it: a saved bundle re-grades to the same result.
 */
public final class DocClaimsCheck implements Check {
  private final Optional<GradeSnapshot> grade;

  public DocClaimsCheck() {
    this(Optional.empty());
  }

  public DocClaimsCheck(Optional<GradeSnapshot> grade) {
    this.grade = grade;
  }

  /** The checks, with doc.claims replaced by one that compares grade claims with {@code grade}. */
  public static List<Check> withGrade(List<Check> checks, GradeSnapshot grade) {
    return checks.stream()
        .map(c -> c.id().equals("doc.claims") ? new DocClaimsCheck(Optional.of(grade)) : c)
        .toList();
  }

  @Override
  public String id() {
    return "doc.claims";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<Finding> missing = DocsEvidence.missing(evidence, findings);
    if (missing.isPresent()) {
      return List.of(missing.get());
    }
    List<EvaluatedClaim> claims = ClaimEvaluator.assess(evidence, grade);
    if (claims.isEmpty()) {
      String path = evidence.inventory().docs().orElseThrow().path();
      return List.of(
          findings.notApplicable(
              evidence.inventory().name(),
              "no claims of measured facts found in the docs under " + path));
    }
    return claims.stream().map(c -> finding(c, findings)).toList();
  }

  private static Finding finding(EvaluatedClaim c, Findings findings) {
    Claim claim = c.claim();
    String subject = claim.file() + ":" + claim.line() + " " + c.doc().fact();
    Location location = Location.file(claim.file(), claim.line());
    String says = "line " + claim.line() + " says '" + c.doc().phrase() + "'";
    if (c.doc().phrase().equals(c.doc().written())) {
      says += " (" + claim.text() + ")"; // a bare table cell: its row says what the number counts
    }
    String dated = c.doc().asOf().map(d -> " (written as of " + d + ")").orElse("");
    String measured =
        "; measured "
            + c.measuredText().orElse("nothing")
            + c.measuredBy().map(b -> " (" + b + ")").orElse("");
    return switch (claim.verdict()) {
      case MATCHES ->
          findings.of(
              Status.PASS, subject, says + measured + dated, Optional.of(location), c.evidence());
      case CONTRADICTS ->
          findings.fail(subject, says + measured + dated, location, c.evidence(), fix(c));
      case UNVERIFIABLE ->
          findings.of(
              Status.UNVERIFIED,
              subject,
              "no evidence: " + says + dated + ": " + c.reason().orElse(""),
              Optional.of(location),
              c.evidence());
    };
  }

  private static String fix(EvaluatedClaim c) {
    String change =
        "in "
            + c.claim().file()
            + " line "
            + c.claim().line()
            + ", change '"
            + c.doc().phrase()
            + "' to '"
            + c.correction().orElse("")
            + "'";
    return c.doc()
        .asOf()
        .map(d -> change + " (or, if the section records " + d + " on purpose, mark it as history)")
        .orElse(change);
  }
}
