package dev.opsgrade.model;

import dev.opsgrade.model.inventory.Inventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Read access to an evidence bundle for checks: facts by their record type, collector runs. */
public final class Evidence {
  private final EvidenceBundle bundle;
  private final Map<Class<?>, List<?>> views = new ConcurrentHashMap<>();

  public Evidence(EvidenceBundle bundle) {
    this.bundle = bundle;
  }

  public EvidenceBundle bundle() {
    return bundle;
  }

  public Inventory inventory() {
    return bundle.inventory();
  }

  /** The moment of collection: the "now" of every check, so results are reproducible. */
  public Instant now() {
    return bundle.collectedAt();
  }

  @SuppressWarnings("unchecked")
  public <T> List<FactView<T>> all(Class<T> type) {
    return (List<FactView<T>>) views.computeIfAbsent(type, this::load);
  }

  private <T> List<FactView<T>> load(Class<T> type) {
    String kind = kindOf(type);
    List<FactView<T>> result = new ArrayList<>();
    for (Fact fact : bundle.facts()) {
      if (fact.kind().equals(kind)) {
        result.add(new FactView<>(fact, Json.fromTree(fact.data(), type)));
      }
    }
    return List.copyOf(result);
  }

  public List<CollectorRun> runs(String collector) {
    return bundle.collectors().stream().filter(r -> r.collector().equals(collector)).toList();
  }

  public Optional<CollectorRun> run(String collector, String target) {
    return runs(collector).stream().filter(r -> r.target().equals(target)).findFirst();
  }

  public static String kindOf(Class<?> type) {
    FactKind kind = type.getAnnotation(FactKind.class);
    if (kind == null) {
      throw new IllegalArgumentException(type.getName() + " has no @FactKind");
    }
    return kind.value();
  }
}
