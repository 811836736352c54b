package dev.opsgrade.acceptance;

import dev.opsgrade.model.inventory.DocsSpec;
import dev.opsgrade.model.inventory.HistorySpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.PhaseSpec;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Inventories as the loader makes them, with only what acceptance needs: phases and docs. */
public final class Inventories {
  private Inventories() {}

  public static Inventory of(Path baseDir, List<PhaseSpec> phases, Optional<String> docsPath) {
    return new Inventory(
        "homelab",
        baseDir.toString(),
        baseDir.resolve("opsgrade.yaml").toString(),
        List.of(),
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        docsPath.map(p -> new DocsSpec(p, Optional.empty(), Duration.ofDays(30), List.of())),
        phases,
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  /** The same inventory with its history in the database at {@code url}. */
  public static Inventory withHistory(Inventory i, String url) {
    return new Inventory(
        i.name(),
        i.baseDir(),
        i.sourceFile(),
        i.hosts(),
        i.proxy(),
        i.endpoints(),
        i.probe(),
        i.security(),
        i.monitoring(),
        i.backup(),
        i.dr(),
        i.repos(),
        i.docs(),
        i.phases(),
        i.rubric(),
        Optional.of(new HistorySpec(url, Optional.empty(), Optional.empty())),
        i.serve(),
        i.slo(),
        i.notifications());
  }

  public static PhaseSpec phase(
      String id, String folder, List<String> criteria, List<String> deliverables) {
    return new PhaseSpec(id, "Phase " + id, folder, criteria, deliverables);
  }
}
