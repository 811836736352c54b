package dev.opsgrade.pipeline;

import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.acceptance.PhaseStatuses;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.report.ReportFile;
import dev.opsgrade.report.ReportFormat;
import dev.opsgrade.report.ReportSet;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ChangeCalculator;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.TrendPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One assessment, end to end: inventory, collection (or a saved bundle), checks, score, history,
 * reports. Input problems surface as {@link InputException}; everything a collector meets is
 * evidence.
 */
public final class AssessmentRun {
  public static final String EVIDENCE_FILE = "evidence.json";

  /** How many recorded assessments the HTML report's trend chart shows. */
  static final int TREND_POINTS = 60;

  private final Map<String, String> environment;
  private final Clock clock;
  private final Consumer<CollectionRunner.ProgressEvent> progress;
  private final String version;

  public AssessmentRun(
      Map<String, String> environment,
      Clock clock,
      Consumer<CollectionRunner.ProgressEvent> progress,
      String version) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.progress = progress;
    this.version = version;
  }

  public AssessmentOutcome run(AssessmentRequest request) throws InputException {
    if (request.fromEvidence().isPresent()) {
      if (request.options().createSnapshotHost().isPresent()) {
        throw new InputException(
            "--create-snapshot takes a snapshot while collecting; --from-evidence collects"
                + " nothing");
      }
      return regrade(request, request.fromEvidence().get());
    }
    Inventory inventory = Inputs.inventory(request.target(), environment);
    SnapshotRequest.check(request.options(), inventory);
    Path baseDir = Path.of(inventory.baseDir());
    Rubric rubric = Inputs.rubric(inventory, baseDir);
    CollectContext context =
        new CollectContext(
            baseDir, clock, inventory.probe().timeout(), environment, request.options());
    EvidenceFile evidence =
        EvidenceFile.of(
            new CollectionRunner(Collectors.standard(), progress, request.deadline())
                .collect(inventory, context, version));
    Path out = request.out().orElse(baseDir.resolve("reports"));
    List<Path> written = new ArrayList<>();
    if (request.writeFiles()) {
      written.add(ReportWriter.writeAtomically(out, EVIDENCE_FILE, evidence.bytes()));
    }
    return finish(request, evidence, rubric, baseDir, out, written);
  }

  private AssessmentOutcome regrade(AssessmentRequest request, Path bundleFile)
      throws InputException {
    EvidenceFile evidence;
    try {
      evidence = EvidenceFile.read(bundleFile);
    } catch (EvidenceFile.EvidenceFileException e) {
      throw new InputException(e.getMessage());
    }
    Inventory inventory = evidence.bundle().inventory();
    Path recordedBase = Path.of(inventory.baseDir());
    Path baseDir =
        Files.isDirectory(recordedBase) ? recordedBase : bundleFile.toAbsolutePath().getParent();
    Rubric rubric = Inputs.rubric(inventory, baseDir);
    Path out = request.out().orElse(bundleFile.toAbsolutePath().getParent());
    AssessmentRequest noRecord =
        new AssessmentRequest(
            request.target(),
            request.fromEvidence(),
            request.formats(),
            request.out(),
            false,
            request.writeFiles(),
            request.options(),
            request.deadline());
    return finish(noRecord, evidence, rubric, baseDir, out, new ArrayList<>());
  }

  private AssessmentOutcome finish(
      AssessmentRequest request,
      EvidenceFile evidence,
      Rubric rubric,
      Path baseDir,
      Path out,
      List<Path> written)
      throws InputException {
    Assessment assessment = new Assessor(CheckRegistry.standard()).assess(evidence, rubric);
    Optional<Assessment> previous;
    Optional<Long> historyId = Optional.empty();
    List<TrendPoint> trend = List.of();
    try (HistoryStore store = Inputs.history(evidence.bundle().inventory(), baseDir, environment)) {
      previous = store.latest(assessment.inventory()).filter(p -> !p.equals(assessment));
      if (request.recordHistory()) {
        historyId = Optional.of(store.record(assessment, clock.instant()));
        store
            .journal()
            .recordPhaseChanges(
                assessment.inventory(),
                PhaseStatuses.of(
                    new Evidence(evidence.bundle()), Optional.of(assessment.findings())),
                clock.instant());
      }
      if (request.formats().contains(ReportFormat.HTML)) {
        trend = trend(store, assessment);
      }
    }
    List<ReportFile> files =
        ReportSet.standard()
            .render(
                assessment,
                previous,
                Optional.of(new Evidence(evidence.bundle())),
                request.formats(),
                trend);
    if (request.writeFiles()) {
      for (ReportFile file : files) {
        written.add(ReportWriter.writeAtomically(out, file.name(), file.bytes()));
      }
    }
    return new AssessmentOutcome(
        assessment,
        previous,
        ChangeCalculator.compare(assessment, previous),
        List.copyOf(written),
        historyId);
  }

  /** The recorded trend, ending with this assessment even when it was not recorded. */
  private static List<TrendPoint> trend(HistoryStore store, Assessment assessment) {
    List<TrendPoint> points = new ArrayList<>();
    store
        .trend(assessment.inventory(), TREND_POINTS)
        .forEach(e -> points.add(new TrendPoint(e.collectedAt(), e.score(), e.letter())));
    TrendPoint current =
        new TrendPoint(
            assessment.collectedAt(), assessment.grade().score(), assessment.grade().letter());
    // the database may keep the time less precisely than the clock gave it
    Instant second = current.collectedAt().truncatedTo(ChronoUnit.SECONDS);
    boolean recorded =
        points.stream()
            .anyMatch(
                p ->
                    p.collectedAt().truncatedTo(ChronoUnit.SECONDS).equals(second)
                        && p.score() == current.score());
    if (!recorded) {
      points.add(current);
      points.sort(Comparator.comparing(TrendPoint::collectedAt));
    }
    return List.copyOf(points);
  }

  /** A problem with what the user gave: an inventory, a rubric, a bundle. */
  public static final class InputException extends Exception {
    public InputException(String message) {
      super(message);
    }
  }
}
