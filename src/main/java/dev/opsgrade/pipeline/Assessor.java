package dev.opsgrade.pipeline;

import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.acceptance.AcceptancePass;
import dev.opsgrade.check.docs.ClaimEvaluator;
import dev.opsgrade.check.docs.DocClaimsCheck;
import dev.opsgrade.check.docs.GradeSnapshot;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.util.List;
import java.util.Optional;

/**
 * Evidence bundle + rubric -> assessment. Pure: the same bundle gives the same assessment.
 *
 * <p>Docs may claim the grade itself ("Grade: A+++"), and the grade depends on how many claims
 * hold: the claims are compared with the grade of the previous pass until the grade stops changing
 * (it settles in two or three passes, since one claim moves the score by little).
 */
public final class Assessor {
  private static final int MAX_PASSES = 4;
  private final CheckRegistry registry;

  public Assessor(CheckRegistry registry) {
    this.registry = registry;
  }

  public Assessment assess(EvidenceFile evidenceFile, Rubric rubric) {
    Evidence evidence = new Evidence(evidenceFile.bundle());
    Scorer scorer = new Scorer(rubric, registry.catalogue());
    Optional<GradeSnapshot> grade = Optional.empty();
    Assessment assessment = null;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      assessment = pass(evidence, evidenceFile.sha256(), scorer, grade);
      GradeSnapshot reached =
          new GradeSnapshot(assessment.grade().score(), assessment.grade().letter());
      if (grade.equals(Optional.of(reached))) {
        break;
      }
      grade = Optional.of(reached);
    }
    return assessment;
  }

  private Assessment pass(
      Evidence evidence, String sha256, Scorer scorer, Optional<GradeSnapshot> grade) {
    CheckRegistry checks =
        grade
            .map(
                g ->
                    new CheckRegistry(
                        registry.catalogue(), DocClaimsCheck.withGrade(registry.checks(), g)))
            .orElse(registry);
    List<Finding> findings =
        AcceptancePass.apply(evidence, checks.evaluate(evidence), registry.catalogue()).findings();
    List<Claim> claims = ClaimEvaluator.evaluate(evidence, grade);
    return scorer.score(evidence.inventory().name(), evidence.now(), findings, claims, sha256);
  }
}
