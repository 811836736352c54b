package dev.opsgrade.cli;

import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.HistoryView;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.pipeline.Inputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Show the grades over time, from the history database.")
public final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "default: .")
  Path target = Path.of(".");

  @Option(names = "--limit", paramLabel = "N", description = "rows (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Option(names = "--format", description = "text (default) or json")
  String format = "text";

  @Override
  public Integer call() {
    HistoryView view;
    try {
      Inventory inventory = Inputs.inventory(target, System.getenv());
      Path baseDir = Path.of(inventory.baseDir());
      try (HistoryStore store = Inputs.history(inventory, baseDir, System.getenv())) {
        view = store.view(inventory.name(), limit);
      }
    } catch (AssessmentRun.InputException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.print(Json.write(view));
      case "text" -> out.print(HistoryText.render(view));
      default -> throw new UserError("--format for history is text or json, not '" + format + "'");
    }
    out.flush();
    return ExitCodes.READY;
  }
}
