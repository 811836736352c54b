package dev.opsgrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash, zsh or fish.",
      "bash: source <(opsgrade completion bash)",
      "zsh:  source <(opsgrade completion zsh)",
      "fish: opsgrade completion fish > ~/.config/fish/completions/opsgrade.fish"
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "bash, zsh or fish")
  String shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String script =
        switch (shell) {
          case "bash" -> AutoComplete.bash("opsgrade", root);
          case "zsh" -> ZSH_PREAMBLE + AutoComplete.bash("opsgrade", root);
          case "fish" -> FishCompletion.script("opsgrade", root.getCommandSpec());
          default ->
              throw new UserError("completion is for bash, zsh or fish, not '" + shell + "'");
        };
    PrintWriter out = spec.commandLine().getOut();
    out.print(script);
    out.flush();
    return ExitCodes.READY;
  }

  /** picocli's script is bash's; zsh runs it through its bash completion emulation. */
  private static final String ZSH_PREAMBLE =
      """
      # zsh completion for opsgrade: picocli's bash script through zsh's bashcompinit
      autoload -U +X compinit && compinit
      autoload -U +X bashcompinit && bashcompinit
      """;

  static final class Shells implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("bash", "zsh", "fish").iterator();
    }
  }
}
