package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, loaded into real bash, zsh and fish (Debian's packages). */
class CompletionTest {
  @TempDir Path temp;

  @Test
  void bashCompletesSubcommandsAndFormats() throws Exception {
    Path script = script("bash");

    String subcommands =
        shell(
            "bash",
            "source "
                + script
                + "; COMP_WORDS=(opsgrade in); COMP_CWORD=1;"
                + " COMP_LINE='opsgrade in'; COMP_POINT=${#COMP_LINE}; _complete_opsgrade"
                + " 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
    String formats =
        shell(
            "bash",
            "source "
                + script
                + "; COMP_WORDS=(opsgrade assess --format ''); COMP_CWORD=3;"
                + " COMP_LINE='opsgrade assess --format '; COMP_POINT=${#COMP_LINE};"
                + " _complete_opsgrade 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");

    assertThat(subcommands.lines()).containsExactly("init");
    assertThat(formats.lines()).containsExactly("md", "json", "sarif", "html", "junit");
  }

  @Test
  void zshLoadsTheScriptThroughBashcompinit() throws Exception {
    Path script = script("zsh");

    assertThat(shell("zsh", "-n", script.toString())).isEmpty();
    assertThat(shell("zsh", "-c", "source " + script + " 2>/dev/null; complete -p opsgrade"))
        .contains("complete -F _complete_opsgrade -o default opsgrade");
  }

  @Test
  void fishCompletesSubcommandsOptionsAndValues() throws Exception {
    Path script = script("fish");

    String subcommands = shell("fish", "-c", "source " + script + "; complete -C 'opsgrade c'");
    String options = shell("fish", "-c", "source " + script + "; complete -C 'opsgrade init --'");
    String formats =
        shell("fish", "-c", "source " + script + "; complete -C 'opsgrade assess --format '");

    assertThat(subcommands.lines().map(l -> l.split("\t")[0]))
        .containsExactlyInAnyOrder("checks", "claims", "completion");
    assertThat(options.lines().map(l -> l.split("\t")[0]))
        .contains("--force", "--docker", "--docker-timeout", "--help");
    assertThat(formats.lines().map(l -> l.split("\t")[0]))
        .containsExactlyInAnyOrder("md", "json", "sarif", "html", "junit");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    Cli cli = Cli.run("completion", "tcsh");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("completion is for bash, zsh or fish, not 'tcsh'");
  }

  private Path script(String shell) throws IOException {
    Cli cli = Cli.run("completion", shell);
    assertThat(cli.exitCode()).isZero();
    Path script = temp.resolve("opsgrade." + shell);
    Files.writeString(script, cli.out());
    return script;
  }

  /** Runs a shell ("bash -c CODE" when given one argument after the shell's name). */
  private static String shell(String name, String... arguments) throws Exception {
    List<String> command =
        arguments.length == 1 ? List.of(name, "-c", arguments[0]) : concat(name, arguments);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " finished").isTrue();
    return out;
  }

  private static List<String> concat(String name, String... arguments) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(name), java.util.Arrays.stream(arguments))
        .toList();
  }
}
