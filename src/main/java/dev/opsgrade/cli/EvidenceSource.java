package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.pipeline.AssessmentRequest;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.report.ReportFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What an assessment reads, as the commands that run one take it (assess, claims): PATH to collect
 * from within --timeout, or a saved bundle given by --from-evidence.
 */
final class EvidenceSource {
  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "default: .")
  Path target = Path.of(".");

  @Option(
      names = "--from-evidence",
      paramLabel = "BUNDLE",
      description = "grade a saved evidence.json offline instead of collecting")
  Path fromEvidence;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "2m",
      description = "how long all collectors may take together (default: ${DEFAULT-VALUE})",
      converter = DurationConverter.class)
  Duration deadline;

  AssessmentRequest request(
      Set<ReportFormat> formats,
      Optional<Path> out,
      boolean recordHistory,
      boolean writeFiles,
      CollectContext.Options options) {
    return new AssessmentRequest(
        target,
        Optional.ofNullable(fromEvidence),
        formats,
        out,
        recordHistory,
        writeFiles,
        options,
        deadline);
  }

  /** Runs the assessment; bad input (no inventory, a broken bundle) is the user's error. */
  static AssessmentOutcome run(
      AssessmentRequest request, Consumer<CollectionRunner.ProgressEvent> progress) {
    try {
      return new AssessmentRun(
              System.getenv(), Clock.systemUTC(), progress, VersionProvider.version())
          .run(request);
    } catch (AssessmentRun.InputException e) {
      throw new UserError(e.getMessage());
    } catch (UncheckedIOException e) {
      // a report or the bundle could not be written (folder is a file, disk full, no permission)
      throw new UserError(e.getMessage());
    }
  }
}
