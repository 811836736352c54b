package dev.opsgrade.pipeline;

import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.util.List;

/** Evidence bundle + rubric -> assessment. Pure: the same bundle gives the same assessment. */
public final class Assessor {
  private final CheckRegistry registry;

  public Assessor(CheckRegistry registry) {
    this.registry = registry;
  }

  public Assessment assess(EvidenceFile evidenceFile, Rubric rubric) {
    Evidence evidence = new Evidence(evidenceFile.bundle());
    List<Finding> findings = registry.evaluate(evidence);
    List<Claim> claims = List.of();
    Scorer scorer = new Scorer(rubric, registry.catalogue());
    return scorer.score(
        evidence.inventory().name(), evidence.now(), findings, claims, evidenceFile.sha256());
  }
}
