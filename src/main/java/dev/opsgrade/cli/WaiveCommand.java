package dev.opsgrade.cli;

import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.collect.waivers.WaiversFile;
import dev.opsgrade.collect.waivers.WaiversFileException;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.pipeline.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "waive",
    mixinStandardHelpOptions = true,
    description = {
      "Accept a known finding as an exception: adds a waiver to opsgrade-waivers.yaml beside the"
          + " inventory and journals it.",
      "A waived finding scores as passed until the waiver expires (it holds through --until),"
          + " and is always listed with its justification. SUBJECT may be a glob: * any text, ?"
          + " one character."
    })
public final class WaiveCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The check id (see opsgrade checks).")
  String check;

  @Parameters(index = "1", description = "The finding's subject, exact or a glob.")
  String subject;

  @Parameters(index = "2", arity = "0..1", defaultValue = ".", description = "The inventory.")
  Path path;

  @Option(names = "--by", required = true, description = "Who approves the exception.")
  String by;

  @Option(names = "--until", required = true, description = "The last day it holds (YYYY-MM-DD).")
  LocalDate until;

  @Option(names = "--because", required = true, description = "The justification.")
  String because;

  public WaiveCommand() {
    this(CommandEnvironment.standard());
  }

  WaiveCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Waiver waiver = validated();
    Workspace workspace = Workspace.load(path, environment);
    Path file = workspace.baseDir().resolve(WaiversFile.NAME);
    String shown = workspace.relative(file);
    WaiversFile.Appended appended;
    try {
      appended = WaiversFile.appended(WaiversFile.text(file, shown), shown, waiver);
    } catch (WaiversFileException e) {
      throw new UserError(e.getMessage());
    }
    Path temp = AtomicFiles.temp(file, appended.text());
    try (HistoryStore store = workspace.openHistory()) {
      store
          .journal()
          .append(
              workspace.inventory().name(),
              JournalKind.WAIVER,
              waiver.check() + " " + waiver.subject(),
              waiver,
              environment.clock().instant(),
              () -> AtomicFiles.move(temp, file));
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Waived %s for %s until %s, approved by %s (%s:%d).%n",
        waiver.check(),
        waiver.subject(),
        waiver.expires(),
        waiver.approver(),
        shown,
        appended.entry().line());
    out.flush();
    return ExitCodes.READY;
  }

  private Waiver validated() {
    Catalogue catalogue = Catalogue.standard();
    if (catalogue.find(check).isEmpty()) {
      Optional<String> close =
          catalogue.ids().stream()
              .filter(id -> id.startsWith(check.replaceFirst("\\..*", "") + "."))
              .sorted()
              .reduce((a, b) -> a + ", " + b);
      throw new UserError(
          "no check '"
              + check
              + "'"
              + close.map(c -> " (checks of that area: " + c + ")").orElse("")
              + ": see opsgrade checks");
    }
    LocalDate today = LocalDate.ofInstant(environment.clock().instant(), ZoneOffset.UTC);
    if (until.isBefore(today)) {
      throw new UserError(
          "--until " + until + " is in the past: a waiver must hold at least today");
    }
    for (String[] value :
        new String[][] {{"SUBJECT", subject}, {"--by", by}, {"--because", because}}) {
      if (value[1].isBlank()) {
        throw new UserError(value[0] + " must not be empty");
      }
    }
    return new Waiver(check, subject.strip(), because.strip(), by.strip(), until);
  }
}
