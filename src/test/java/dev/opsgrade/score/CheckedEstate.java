package dev.opsgrade.score;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.List;

/** An assessment whose findings come from running the real checks over an evidence bundle. */
public final class CheckedEstate {
  private CheckedEstate() {}

  public static Assessment assess(Evidence evidence, String sha256) {
    List<Finding> findings = CheckRegistry.standard().evaluate(evidence);
    return new Scorer(ScorerTest.defaultRubric(), Catalogue.standard())
        .score(evidence.inventory().name(), evidence.now(), findings, List.of(), sha256);
  }
}
