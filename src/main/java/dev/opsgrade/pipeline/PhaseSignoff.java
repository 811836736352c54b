package dev.opsgrade.pipeline;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.check.acceptance.PhaseStatuses;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.phases.PhasesCollector;
import dev.opsgrade.collect.records.RecordsCollector;
import dev.opsgrade.collect.todo.TodoCollector;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.PhaseSpec;
import dev.opsgrade.report.markdown.UserAcceptanceDocument;
import dev.opsgrade.score.Assessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing off a phase, the one code path of `opsgrade accept` and the dashboard's sign-off form:
 * judge the phase by the latest assessment, refuse an unconditional acceptance while criteria fail,
 * else write USER_ACCEPTANCE.md and record the acceptance with its journal entries in one
 * transaction.
 */
public final class PhaseSignoff {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private final Inventory inventory;
  private final Path baseDir;
  private final Clock clock;
  private final Map<String, String> environment;
  private final String version;

  public PhaseSignoff(
      Inventory inventory,
      Path baseDir,
      Clock clock,
      Map<String, String> environment,
      String version) {
    this.inventory = inventory;
    this.baseDir = baseDir;
    this.clock = clock;
    this.environment = Map.copyOf(environment);
    this.version = version;
  }

  /**
   * Signs off as {@code request} asks. {@code history} is empty when the inventory has no history
   * yet (then there is no assessment to accept against).
   */
  public SignoffOutcome accept(SignoffRequest request, Optional<HistoryStore> history) {
    PhaseSpec phase = phase(inventory, request.phaseId());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AcceptanceDraft draft = draft(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
    HistoryStore store = history.orElseThrow(this::noAssessment);
    Assessment assessment = store.latest(inventory.name()).orElseThrow(this::noAssessment);
    PhaseStatus status = status(phase, assessment);
    boolean unmet = !status.unmetCriteria().isEmpty() || !status.missingDeliverables().isEmpty();
    if (draft.kind() == AcceptanceRecord.Kind.FULL && unmet) {
      return new SignoffOutcome.Refused(status);
    }
    if (draft.kind() == AcceptanceRecord.Kind.OVERRIDE && !unmet) {
      throw new SignoffException(
          "nothing to override: every criterion of phase " + phase.id() + " is met");
    }
    AcceptanceRecord record = sign(draft, status, assessment, now);
    return new SignoffOutcome.Accepted(record, store(store, record));
  }

  /** Every phase's state now, its criteria judged by {@code assessment}. */
  public List<PhaseStatus> statuses(Assessment assessment) {
    return PhaseStatuses.of(phaseEvidence(), Optional.of(assessment.findings()));
  }

  /**
   * What the phases' states are judged from besides an assessment, read now: the phase and reports
   * folders, the task lists, and the sign-off and drill records.
   */
  public Evidence phaseEvidence() {
    CollectContext context =
        new CollectContext(
            baseDir, clock, DEADLINE, environment, CollectContext.Options.readOnly());
    return new Evidence(
        new CollectionRunner(
                List.of(new PhasesCollector(), new TodoCollector(), new RecordsCollector()),
                event -> {},
                DEADLINE)
            .collect(inventory, context, version));
  }

  /** The phase {@code id} of the inventory; an error naming the phases there are if none. */
  public static PhaseSpec phase(Inventory inventory, String id) {
    List<PhaseSpec> phases = inventory.phases();
    return phases.stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new SignoffException(
                    "no phase '"
                        + id
                        + "' in "
                        + inventory.sourceFile()
                        + (phases.isEmpty()
                            ? ": it declares no phases"
                            : ": its phases are "
                                + String.join(", ", phases.stream().map(PhaseSpec::id).toList()))));
  }

  private SignoffException noAssessment() {
    return new SignoffException(
        "the history holds no assessment of "
            + inventory.name()
            + ": run opsgrade assess first, then accept");
  }

  private static AcceptanceDraft draft(SignoffRequest request, LocalDate today) {
    return AcceptanceDraft.of(
        request.by(),
        request.conditionalUntil(),
        request.reason(),
        request.override(),
        request.procedures(),
        today);
  }

  private PhaseStatus status(PhaseSpec phase, Assessment assessment) {
    return statuses(assessment).stream()
        .filter(s -> s.phase().id().equals(phase.id()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The record with the SHA-256 of its document. The document renders the same without the hash (it
   * does not show it), so the text written is the text hashed.
   */
  private AcceptanceRecord sign(
      AcceptanceDraft draft, PhaseStatus status, Assessment assessment, Instant now) {
    String document = relative(Path.of(status.phase().folder(), UserAcceptanceDocument.FILE_NAME));
    AcceptanceRecord unsigned = draft.record(inventory.name(), status, assessment, now, document);
    String text = UserAcceptanceDocument.render(unsigned);
    return AcceptanceDraft.signed(
        unsigned, EvidenceFile.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The document in a temporary file, moved into place as the last step of the transaction. */
  private JournalEntry store(HistoryStore store, AcceptanceRecord record) {
    Path target = baseDir.resolve(record.document());
    Path temp = AtomicFiles.temp(target, UserAcceptanceDocument.render(record));
    try {
      return store.records().recordAcceptance(record, () -> AtomicFiles.move(temp, target));
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }

  /** A path relative to the inventory's folder, as the inventory writes them. */
  public String relative(Path path) {
    Path base = baseDir.toAbsolutePath().normalize();
    Path absolute = base.resolve(path).normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
