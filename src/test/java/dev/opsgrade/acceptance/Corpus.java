package dev.opsgrade.acceptance;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.phases.PhasesCollector;
import dev.opsgrade.collect.records.RecordsCollector;
import dev.opsgrade.collect.todo.TodoCollector;
import dev.opsgrade.collect.waivers.WaiversCollector;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The homelab docs corpus of src/test/resources/acceptance/homelab (task lists, runbooks, phase
 * folders, reports, waivers), copied where a test may change it, and evidence read from it by the
 * real collectors.
 */
public final class Corpus {
  static final Path SOURCE = Path.of("src", "test", "resources", "acceptance", "homelab");

  private Corpus() {}

  public static Path copy(Path target) {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(SOURCE.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The four acceptance collectors, run as the pipeline runs them. */
  public static List<Collector> collectors() {
    return List.of(
        new TodoCollector(), new PhasesCollector(), new RecordsCollector(), new WaiversCollector());
  }

  public static Evidence collect(Inventory inventory, Instant now) {
    return collect(inventory, now, Map.of(), collectors());
  }

  public static Evidence collect(
      Inventory inventory, Instant now, Map<String, String> environment, List<Collector> run) {
    CollectContext context =
        new CollectContext(
            Path.of(inventory.baseDir()),
            Clock.fixed(now, ZoneOffset.UTC),
            Duration.ofSeconds(20),
            environment,
            CollectContext.Options.readOnly());
    return new Evidence(
        new CollectionRunner(run, event -> {}, Duration.ofSeconds(60))
            .collect(inventory, context, "test"));
  }
}
