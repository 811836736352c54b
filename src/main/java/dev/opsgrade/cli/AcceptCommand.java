package dev.opsgrade.cli;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.acceptance.PhaseStatuses;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.inventory.PhaseSpec;
import dev.opsgrade.pipeline.EvidenceFile;
import dev.opsgrade.report.markdown.UserAcceptanceDocument;
import dev.opsgrade.score.Assessment;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    name = "accept",
    mixinStandardHelpOptions = true,
    description = {
      "Sign off a phase: writes USER_ACCEPTANCE.md into its folder and records the acceptance in"
          + " the history and the journal.",
      "An unconditional acceptance is refused (exit 1) while a criterion is not met or a"
          + " deliverable is missing, unless --override REASON is given; a conditional one"
          + " (--conditional-until DATE --reason TEXT) holds until that date."
    })
public final class AcceptCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The phase id, as in the inventory's phases.")
  String phaseId;

  @Parameters(index = "1", arity = "0..1", defaultValue = ".", description = "The inventory.")
  Path path;

  @Option(names = "--by", required = true, description = "Who accepts (name or role).")
  String by;

  @Option(names = "--conditional-until", description = "Accept on conditions until DATE.")
  Optional<LocalDate> conditionalUntil = Optional.empty();

  @Option(names = "--reason", description = "The conditions of a conditional acceptance.")
  Optional<String> reason = Optional.empty();

  @Option(names = "--override", description = "Accept although criteria fail, for REASON.")
  Optional<String> override = Optional.empty();

  @Option(
      names = "--tested",
      description = "A runbook or procedure tested for this acceptance (repeatable).")
  List<Path> tested = List.of();

  public AcceptCommand() {
    this(CommandEnvironment.standard());
  }

  AcceptCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Workspace workspace = Workspace.load(path, environment);
    PhaseSpec phase = workspace.phase(phaseId);
    Instant now = environment.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    AcceptanceDraft draft = draft(workspace, LocalDate.ofInstant(now, ZoneOffset.UTC));
    Assessment assessment = latest(workspace);
    PhaseStatus status = status(workspace, phase, assessment);
    boolean unmet = !status.unmetCriteria().isEmpty() || !status.missingDeliverables().isEmpty();
    if (draft.kind() == AcceptanceRecord.Kind.FULL && unmet) {
      spec.commandLine().getErr().print(AcceptanceText.refused(status));
      spec.commandLine().getErr().flush();
      return ExitCodes.NOT_READY;
    }
    if (draft.kind() == AcceptanceRecord.Kind.OVERRIDE && !unmet) {
      throw new UserError(
          "nothing to override: every criterion of phase " + phase.id() + " is met");
    }
    AcceptanceRecord record = sign(draft, workspace, status, assessment, now);
    JournalEntry entry = store(workspace, record, UserAcceptanceDocument.render(record));
    PrintWriter out = spec.commandLine().getOut();
    out.print(AcceptanceText.accepted(record, entry));
    out.flush();
    return ExitCodes.READY;
  }

  private static Assessment latest(Workspace workspace) {
    return workspace
        .latestAssessment()
        .orElseThrow(
            () ->
                new UserError(
                    "the history holds no assessment of "
                        + workspace.inventory().name()
                        + ": run opsgrade assess first, then accept"));
  }

  /** The phase's state now, its criteria judged by the latest assessment. */
  private static PhaseStatus status(Workspace workspace, PhaseSpec phase, Assessment assessment) {
    return PhaseStatuses.of(workspace.phaseEvidence(), Optional.of(assessment.findings())).stream()
        .filter(s -> s.phase().id().equals(phase.id()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The record with the SHA-256 of its document. The document renders the same without the hash (it
   * does not show it), so the text written is the text hashed.
   */
  private static AcceptanceRecord sign(
      AcceptanceDraft draft,
      Workspace workspace,
      PhaseStatus status,
      Assessment assessment,
      Instant now) {
    String document =
        workspace.relative(Path.of(status.phase().folder(), UserAcceptanceDocument.FILE_NAME));
    AcceptanceRecord unsigned =
        draft.record(workspace.inventory().name(), status, assessment, now, document);
    String text = UserAcceptanceDocument.render(unsigned);
    return AcceptanceDraft.signed(
        unsigned, EvidenceFile.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The document in a temporary file, moved into place as the last step of the transaction. */
  private JournalEntry store(Workspace workspace, AcceptanceRecord record, String text) {
    Path target = workspace.baseDir().resolve(record.document());
    Path temp = AtomicFiles.temp(target, text);
    try (HistoryStore store = workspace.openHistory()) {
      return store.records().recordAcceptance(record, () -> AtomicFiles.move(temp, target));
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }

  private AcceptanceDraft draft(Workspace workspace, LocalDate today) {
    return AcceptanceDraft.of(by, conditionalUntil, reason, override, procedures(workspace), today);
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
