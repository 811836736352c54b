package dev.opsgrade.collect.phases;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.PhaseSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists what each phase folder and the reports folder hold, so that a phase's deliverables can be
 * found in the evidence. A folder that does not exist is a fact too (the phase has no files yet).
 */
public final class PhasesCollector implements Collector {
  public static final String NAME = "phases";

  /** Where dated reports go, beside the inventory, unless a command writes them elsewhere. */
  public static final String REPORTS_FOLDER = "reports";

  private static final int MAX_FILES = 10_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return !inventory.phases().isEmpty();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    for (PhaseSpec phase : inventory.phases()) {
      Path folder = context.resolve(phase.folder());
      listing(context, phase.folder(), folder)
          .ifPresent(
              files ->
                  context.fact(
                      phase.id(),
                      Location.file(phase.folder()),
                      new PhaseFolder(
                          phase.id(), phase.folder(), Files.isDirectory(folder), files)));
    }
    Path reports = context.resolve(REPORTS_FOLDER);
    listing(context, REPORTS_FOLDER, reports)
        .ifPresent(
            files ->
                context.fact(
                    REPORTS_FOLDER,
                    Location.file(REPORTS_FOLDER),
                    new ReportsFolder(REPORTS_FOLDER, Files.isDirectory(reports), files)));
  }

  /** The regular files directly in the folder (none when it is missing); empty when unreadable. */
  private static Optional<List<String>> listing(CollectContext context, String shown, Path folder) {
    if (!Files.isDirectory(folder)) {
      context.run(NAME, shown, CollectorRun.Outcome.OK, "no folder " + folder + " yet");
      return Optional.of(List.of());
    }
    try (Stream<Path> entries = Files.list(folder)) {
      List<String> files =
          entries
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .map(context::relative)
              .sorted()
              .limit(MAX_FILES)
              .toList();
      context.run(NAME, shown, CollectorRun.Outcome.OK, files.size() + " files");
      return Optional.of(files);
    } catch (IOException e) {
      context.run(NAME, shown, CollectorRun.Outcome.FAILED, "cannot list " + folder + ": " + e);
      return Optional.empty();
    }
  }
}
