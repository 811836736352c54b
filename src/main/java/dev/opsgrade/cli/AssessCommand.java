package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.pipeline.AssessmentRequest;
import dev.opsgrade.report.ReportFormat;
import dev.opsgrade.report.terminal.TerminalReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Collect evidence, grade it and write the reports.",
      "PATH: an opsgrade.yaml, a folder holding one, or a folder of compose files (default: .)."
    })
public final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EvidenceSource source;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      completionCandidates = ReportFormatCandidates.class,
      description =
          "md, json, sarif, html, junit (default: md,json); repeat or separate with commas")
  List<String> formats = List.of();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "default: reports/ beside the inventory")
  Path out;

  @Option(
      names = "--fail-under",
      paramLabel = "N",
      description = "exit 1 when the score is below N, else 0 (instead of the ready verdict)")
  Double failUnder;

  @Option(names = "--no-history", description = "do not record this assessment in history")
  boolean noHistory;

  @Option(
      names = "--test-alert",
      description = "send a labelled test alert through Alertmanager and prove its delivery")
  boolean testAlert;

  @Option(
      names = "--create-snapshot",
      paramLabel = "HOST",
      description =
          "take a provider snapshot of HOST's instance (backup.contabo.instances) and wait until"
              + " it is listed as taken; never done without this flag")
  String createSnapshot;

  @Option(names = "--quiet", description = "print only the verdict line")
  boolean quiet;

  @Option(
      names = "--verbose",
      description = "print every collector's start and end (at a terminal: always shown live)")
  boolean verbose;

  @Option(names = "--no-color", description = "no colour even on a terminal")
  boolean noColor;

  @Override
  public Integer call() {
    if (out != null) {
      OutputFolder.prepare(out);
    }
    AssessmentRequest request =
        source.request(
            parseFormats(),
            Optional.ofNullable(out),
            !noHistory,
            true,
            new CollectContext.Options(testAlert, Optional.ofNullable(createSnapshot)));
    AssessmentOutcome outcome;
    try (ProgressDisplay progress = progress()) {
      outcome = EvidenceSource.run(request, progress);
    }
    print(outcome);
    return exitCode(outcome);
  }

  /** Live lines at a terminal; plain log lines in CI, when piped, or with --no-color. */
  private ProgressDisplay progress() {
    var err = spec.commandLine().getErr();
    if (!quiet && !noColor && Terminal.interactive(System.getenv())) {
      return new LiveProgress(err, System::nanoTime, true);
    }
    return new Progress(err, quiet, verbose);
  }

  private Set<ReportFormat> parseFormats() {
    if (formats.isEmpty()) {
      return EnumSet.of(ReportFormat.MD, ReportFormat.JSON);
    }
    Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
    for (String format : formats) {
      try {
        parsed.add(ReportFormat.parse(format));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    return parsed;
  }

  private void print(AssessmentOutcome outcome) {
    PrintWriter console = spec.commandLine().getOut();
    if (quiet) {
      var grade = outcome.assessment().grade();
      console.printf(
          "%s %.1f %s%n",
          grade.letter(), grade.score(), grade.productionReady() ? "ready" : "not ready");
    } else {
      boolean colour = Terminal.colour(noColor, System.getenv());
      List<String> written = outcome.written().stream().map(Path::toString).toList();
      console.print(
          TerminalReport.render(outcome.assessment(), outcome.changes(), written, colour));
    }
    console.flush();
  }

  private int exitCode(AssessmentOutcome outcome) {
    var grade = outcome.assessment().grade();
    if (failUnder != null) {
      return grade.score() < failUnder ? ExitCodes.NOT_READY : ExitCodes.READY;
    }
    return grade.productionReady() ? ExitCodes.READY : ExitCodes.NOT_READY;
  }
}
