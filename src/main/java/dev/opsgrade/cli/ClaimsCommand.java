package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Json;
import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.pipeline.AssessmentRequest;
import dev.opsgrade.report.ReportFormat;
import dev.opsgrade.report.claims.ClaimsTable;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the claims in the docs with the measured facts (writes nothing).",
      "Exit 1 when any claim is contradicted, 0 otherwise."
    })
public final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EvidenceSource source;

  @Option(names = "--format", description = "text (default) or json")
  String format = "text";

  @Override
  public Integer call() {
    AssessmentRequest request =
        source.request(
            EnumSet.noneOf(ReportFormat.class),
            Optional.empty(),
            false,
            false,
            CollectContext.Options.readOnly());
    AssessmentOutcome outcome =
        EvidenceSource.run(request, new Progress(spec.commandLine().getErr(), true, false));
    List<Claim> claims = outcome.assessment().claims();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.print(Json.write(claims));
      case "text" -> out.print(ClaimsTable.format(claims));
      default -> throw new UserError("--format for claims is text or json, not '" + format + "'");
    }
    out.flush();
    return ClaimsTable.anyContradicts(claims) ? ExitCodes.NOT_READY : ExitCodes.READY;
  }
}
