package dev.opsgrade.cli;

import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.backup.BackupTool;
import dev.opsgrade.collect.backup.DrillOutcome;
import dev.opsgrade.collect.backup.RestoreDrill;
import dev.opsgrade.collect.borg.Borg;
import dev.opsgrade.collect.restic.Restic;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.DrSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
      "Restore drill: restores the newest snapshot of the repository named in dr.drill into a"
          + " scratch directory, verifies it (file count, total size, SHA-256 of a random sample"
          + " against the live source or dr.drill.manifest), times it, and records the drill with"
          + " its measured RTO in the history and the journal. Read-only on the repository; the"
          + " scratch directory is deleted afterwards.",
      "Exit 0 when the restored data matches and the RTO is under dr.rto_target, 1 otherwise."
    })
public final class DrillCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", description = "The inventory.")
  Path path;

  @Option(
      names = "--scratch",
      description = "Where the scratch directory is made (default: the system's temporary folder).")
  Optional<Path> scratch = Optional.empty();

  @Option(
      names = "--timeout",
      defaultValue = "4h",
      converter = DurationConverter.class,
      description = "How long each restic/borg command may take (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--tested",
      description = "A runbook or procedure this drill tested (repeatable).")
  List<Path> tested = List.of();

  public DrillCommand() {
    this(CommandEnvironment.standard());
  }

  DrillCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Workspace workspace = Workspace.load(path, environment);
    DrSpec dr = workspace.inventory().dr().orElseThrow(() -> noDrill(workspace));
    DrSpec.Drill drill = dr.drill().orElseThrow(() -> noDrill(workspace));
    BackupSpec.Repository repository = repository(workspace, drill);
    List<String> procedures = procedures(workspace);
    Instant performedAt = environment.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    CollectContext context =
        new CollectContext(
            workspace.baseDir(),
            environment.clock(),
            timeout,
            environment.environment(),
            CollectContext.Options.readOnly());
    RestoreDrill.Plan plan =
        new RestoreDrill.Plan(
            repository,
            drill.verifySample(),
            drill.manifest().map(m -> workspace.baseDir().resolve(m).normalize()),
            scratch.orElse(Path.of(System.getProperty("java.io.tmpdir"))),
            timeout);
    DrillOutcome outcome = new RestoreDrill(tool(drill), context).run(plan);
    long seconds = (long) Math.ceil(outcome.total().toMillis() / 1000.0);
    String target = drill.tool() + ":" + repository.name();
    DrillRecord record =
        new DrillRecord(
            workspace.inventory().name(),
            target,
            performedAt,
            outcome.passed(),
            outcome.snapshot().isPresent() ? Optional.of(seconds) : Optional.empty(),
            procedures,
            DrillText.detail(outcome, seconds, dr.rtoTarget()));
    JournalEntry entry;
    try (HistoryStore store = workspace.openHistory()) {
      entry = store.records().recordDrill(record);
    }
    boolean inTime = Duration.ofSeconds(seconds).compareTo(dr.rtoTarget()) <= 0;
    PrintWriter out =
        outcome.passed() && inTime ? spec.commandLine().getOut() : spec.commandLine().getErr();
    out.print(DrillText.report(target, outcome, seconds, dr.rtoTarget(), entry));
    out.flush();
    return outcome.passed() && inTime ? ExitCodes.READY : ExitCodes.NOT_READY;
  }

  private static BackupTool tool(DrSpec.Drill drill) {
    return drill.tool().equals("borg") ? new Borg("borg") : new Restic("restic");
  }

  private static BackupSpec.Repository repository(Workspace workspace, DrSpec.Drill drill) {
    List<BackupSpec.Repository> repositories =
        workspace
            .inventory()
            .backup()
            .map(b -> drill.tool().equals("borg") ? b.borg() : b.restic())
            .orElse(List.of());
    return repositories.stream()
        .filter(r -> r.name().equals(drill.repository()))
        .findFirst()
        .orElseThrow(
            () ->
                new UserError(
                    "no repository named '"
                        + drill.repository()
                        + "' under backup."
                        + drill.tool()
                        + " in "
                        + workspace.inventory().sourceFile()));
  }

  private static UserError noDrill(Workspace workspace) {
    return new UserError(
        workspace.inventory().sourceFile()
            + " has no dr.drill: name the repository to restore, e.g."
            + " dr: { drill: { restic: <name>, verify_sample: 100 } }");
  }

  private List<String> procedures(Workspace workspace) {
    for (Path doc : tested) {
      if (!Files.isRegularFile(workspace.baseDir().resolve(doc))) {
        throw new UserError("--tested " + doc + ": no such file in " + workspace.baseDir());
      }
    }
    return tested.stream().map(workspace::relative).distinct().sorted().toList();
  }
}
