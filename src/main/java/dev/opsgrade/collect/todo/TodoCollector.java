package dev.opsgrade.collect.todo;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.PhaseSpec;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the task lists and procedures of the docs folder and of every phase folder: each checkbox
 * item ({@code todo.item}) with the check ids it names, and each runbook or procedure document
 * ({@code todo.procedure}). One run per folder; a missing docs folder fails, a missing phase folder
 * is a phase that has no files yet.
 */
public final class TodoCollector implements Collector {
  public static final String NAME = "todo";
  private static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory.docs().isPresent() || !inventory.phases().isEmpty();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Map<Path, Optional<String>> files = new LinkedHashMap<>();
    inventory.docs().ifPresent(docs -> folder(context, docs.path(), true, Optional.empty(), files));
    for (PhaseSpec phase : inventory.phases()) {
      folder(context, phase.folder(), false, Optional.of(phase.id()), files);
    }
    files.forEach((file, phase) -> read(context, file, phase));
  }

  /** Adds the folder's Markdown files; a file in a phase folder belongs to that phase. */
  private void folder(
      CollectContext context,
      String path,
      boolean required,
      Optional<String> phase,
      Map<Path, Optional<String>> files) {
    Path root = context.resolve(path);
    if (!Files.isDirectory(root)) {
      CollectorRun.Outcome outcome =
          required ? CollectorRun.Outcome.FAILED : CollectorRun.Outcome.OK;
      context.run(NAME, path, outcome, "no folder " + root + (required ? "" : " yet"));
      return;
    }
    try {
      MarkdownFiles.Found found = MarkdownFiles.under(root);
      found.files().forEach(f -> files.merge(f, phase, (old, now) -> now.or(() -> old)));
      String detail = found.files().size() + " Markdown files";
      context.run(
          NAME,
          path,
          found.truncated() ? CollectorRun.Outcome.PARTIAL : CollectorRun.Outcome.OK,
          found.truncated()
              ? detail + ", stopped at the limit of " + MarkdownFiles.MAX_FILES
              : detail);
    } catch (IOException e) {
      context.run(NAME, path, CollectorRun.Outcome.FAILED, "cannot read " + root + ": " + e);
    }
  }

  private void read(CollectContext context, Path file, Optional<String> phase) {
    String shown = context.relative(file);
    List<String> lines;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        context.run(NAME, shown, CollectorRun.Outcome.PARTIAL, "skipped: larger than 2 MiB");
        return;
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      context.run(NAME, shown, CollectorRun.Outcome.PARTIAL, "skipped: not UTF-8 text");
      return;
    } catch (IOException e) {
      context.run(
          NAME, shown, CollectorRun.Outcome.PARTIAL, "skipped: cannot read " + file + ": " + e);
      return;
    }
    for (TaskLines.Item item : TaskLines.items(lines)) {
      context.fact(
          shown + ":" + item.line(),
          Location.file(shown, item.line()),
          new TodoItem(shown, item.line(), item.text(), item.done(), item.checks(), phase));
    }
    ProcedureNames.of(shown, lines)
        .ifPresent(doc -> context.fact(shown, Location.file(shown, 1), doc));
  }
}
