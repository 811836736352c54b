package dev.opsgrade.cli;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalVerification;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.pipeline.AtomicFiles;
import dev.opsgrade.report.markdown.MemoryLogDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = {
      "The hash-chained journal of the history: assessments, acceptances, phase changes, waivers"
          + " and drills.",
      "journal [PATH] lists it; journal verify [PATH] checks the chain (exit 1 when an entry was"
          + " edited, deleted or reordered); journal export [PATH] writes MEMORY_LOG.md."
    })
public final class JournalCommand implements Callable<Integer> {
  private static final List<String> ACTIONS = List.of("list", "verify", "export");
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      description = "list (default), verify or export.",
      defaultValue = "list")
  String action;

  @Parameters(index = "1", arity = "0..1", defaultValue = ".", description = "The inventory.")
  Path path;

  @Option(names = "--out", description = "Folder for MEMORY_LOG.md (default: the inventory's).")
  Optional<Path> out = Optional.empty();

  public JournalCommand() {
    this(CommandEnvironment.standard());
  }

  JournalCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (!ACTIONS.contains(action)) {
      if (!path.equals(Path.of("."))) {
        throw new UserError("journal takes list, verify or export, not '" + action + "'");
      }
      path = Path.of(action);
      action = "list";
    }
    Workspace workspace = Workspace.load(path, environment);
    List<JournalEntry> entries;
    JournalVerification verification;
    try (HistoryStore store = workspace.openHistory()) {
      entries = store.journal().entries();
      verification = store.journal().verify();
    }
    PrintWriter printer = spec.commandLine().getOut();
    switch (action) {
      case "verify" -> printer.print(verdict(verification));
      case "export" -> {
        Path file = out.orElse(workspace.baseDir()).resolve(MemoryLogDocument.FILE_NAME);
        AtomicFiles.write(file, MemoryLogDocument.render(entries, verification));
        printer.print(
            "Wrote " + file + " (" + entries.size() + " entries).\n" + verdict(verification));
      }
      default -> printer.print(JournalText.list(entries) + verdict(verification));
    }
    printer.flush();
    return verification.intact() ? ExitCodes.READY : ExitCodes.NOT_READY;
  }

  private static String verdict(JournalVerification verification) {
    StringBuilder text = new StringBuilder();
    if (verification.intact()) {
      text.append("Journal intact: ").append(verification.entries()).append(" entries");
      verification
          .head()
          .ifPresent(h -> text.append(", head #").append(h.seq()).append(' ').append(h.hash()));
      return text.append(".\n").toString();
    }
    text.append("Journal BROKEN at #")
        .append(verification.firstBreak().orElseThrow().seq())
        .append(":\n");
    verification
        .breaks()
        .forEach(
            b ->
                text.append("  #")
                    .append(b.seq())
                    .append(' ')
                    .append(b.problem().name().toLowerCase(Locale.ROOT))
                    .append(": ")
                    .append(b.message())
                    .append('\n'));
    return text.toString();
  }
}
