package dev.opsgrade.check;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.List;

/**
 * A catalogue check whose collector opsgrade does not have yet: it reports UNVERIFIED (scored as a
 * failure) and says which evidence is missing, so a missing capability never passes silently.
 */
public final class AwaitingCollector implements Check {
  private final String id;
  private final String missing;

  public AwaitingCollector(String id, String missing) {
    this.id = id;
    this.missing = missing;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return List.of(findings.unverified(evidence.inventory().name(), missing));
  }
}
