package dev.opsgrade.cli;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.model.Json;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    description = "Print the check catalogue: category, severity, blocking, evidence, fix.")
public final class ChecksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", description = "text (default), json or md")
  String format = "text";

  @Override
  public Integer call() {
    List<CheckMetadata> checks = ordered(CheckRegistry.standard().catalogue());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.print(Json.write(checks));
      case "md" -> out.print(CatalogueText.markdown(checks));
      case "text" -> out.print(CatalogueText.plain(checks));
      default ->
          throw new UserError("--format for checks is text, json or md, not '" + format + "'");
    }
    out.flush();
    return ExitCodes.READY;
  }

  /** The checks by category (in report order), then by id. */
  static List<CheckMetadata> ordered(Catalogue catalogue) {
    return catalogue.ids().stream()
        .map(catalogue::get)
        .sorted(
            Comparator.comparing((CheckMetadata m) -> m.category().ordinal())
                .thenComparing(CheckMetadata::id))
        .toList();
  }
}
