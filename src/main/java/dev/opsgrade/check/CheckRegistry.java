package dev.opsgrade.check;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one explicit list of checks. Adding a check: its class here, its metadata in the catalogue.
 */
public final class CheckRegistry {
  private final Catalogue catalogue;
  private final Map<String, Check> checks;

  public CheckRegistry(Catalogue catalogue, List<Check> checks) {
    this.catalogue = catalogue;
    Map<String, Check> byId = new LinkedHashMap<>();
    for (Check check : checks) {
      catalogue.get(check.id());
      if (byId.put(check.id(), check) != null) {
        throw new IllegalStateException("check '" + check.id() + "' is registered twice");
      }
    }
    this.checks = byId;
  }

  public static CheckRegistry standard() {
    return new CheckRegistry(Catalogue.standard(), StandardChecks.all());
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public List<Check> checks() {
    return List.copyOf(checks.values());
  }

  /** Runs every check; findings sorted by check id, then subject, for stable output. */
  public List<Finding> evaluate(Evidence evidence) {
    List<Finding> all = new ArrayList<>();
    for (Check check : checks.values()) {
      Findings findings = new Findings(catalogue.get(check.id()));
      List<Finding> result = check.evaluate(evidence, findings);
      if (result.isEmpty()) {
        throw new IllegalStateException("check '" + check.id() + "' returned no finding");
      }
      all.addAll(result);
    }
    all.sort(
        Comparator.comparing(Finding::check)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message));
    return List.copyOf(all);
  }
}
