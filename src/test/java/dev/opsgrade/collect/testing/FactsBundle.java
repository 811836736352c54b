package dev.opsgrade.collect.testing;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence for monitoring checks built the way the collectors store it: records turned into JSON
 * facts of a bundle, with the collector runs beside them, read back through {@link Evidence}.
 */
public final class FactsBundle {
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  public static final String PROMETHEUS = "http://prometheus.internal:9090";

  private final List<Fact> facts = new ArrayList<>();
  private final List<CollectorRun> runs = new ArrayList<>();
  private Inventory inventory =
      TestInventories.with(TestInventories.prometheus(PROMETHEUS, List.of("InstanceDown")));

  public FactsBundle inventory(MonitoringSpec monitoring) {
    inventory = TestInventories.with(monitoring);
    return this;
  }

  public FactsBundle fact(String subject, String url, Object record) {
    String kind = Evidence.kindOf(record.getClass());
    facts.add(
        new Fact(
            kind + ":" + subject,
            kind,
            subject,
            Provenance.of(kind.split("\\.")[0], Location.url(url), NOW),
            Json.toTree(record)));
    return this;
  }

  public FactsBundle run(
      String collector, String target, CollectorRun.Outcome outcome, String detail) {
    runs.add(new CollectorRun(collector, target, outcome, detail));
    return this;
  }

  public FactsBundle ok(String collector, String target) {
    return run(collector, target, CollectorRun.Outcome.OK, "read");
  }

  public Evidence evidence() {
    return new Evidence(bundle());
  }

  public EvidenceBundle bundle() {
    return new EvidenceBundle(1, "test", NOW, inventory, runs, facts);
  }

  public List<Finding> judge(Check check) {
    return check.evaluate(evidence(), new Findings(Catalogue.standard().get(check.id())));
  }
}
