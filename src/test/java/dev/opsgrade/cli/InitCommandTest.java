package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `opsgrade init` as typed: what it prints, its exit codes, --force. */
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void writesThenRefusesToOverwriteUnlessForced() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx:1.27\n    ports: [\"127.0.0.1:8081:80\"]\n");
    String noEngine = "unix://" + dir.resolve("no-engine.sock");

    Cli first = Cli.run("init", dir.toString(), "--docker", noEngine);
    String written = Files.readString(dir.resolve("opsgrade.yaml"));
    Cli again = Cli.run("init", dir.toString(), "--docker", noEngine);
    Cli forced = Cli.run("init", dir.toString(), "--docker", noEngine, "--force");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .startsWith("Wrote " + dir.resolve("opsgrade.yaml") + "\n\nFound:\n")
        .contains("  - no Docker Engine at " + noEngine + ": ")
        .contains("  - host " + dir.getFileName() + ": compose.yaml")
        .contains("Still to fill in or confirm (lines marked TODO or confirm in the file):")
        .contains("  - hosts." + dir.getFileName() + ".docker: how to reach its Docker Engine")
        .endsWith("Then: opsgrade assess " + dir + "\n");
    assertThat(written).contains("compose:\n      - \"compose.yaml\"");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err())
        .contains("opsgrade.yaml already exists: not overwritten (use --force to replace it)");
    assertThat(forced.exitCode()).isZero();
  }

  @Test
  void aMissingFolderIsAUsageError() {
    Cli cli = Cli.run("init", dir.resolve("nowhere").toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("nowhere: no such folder");
  }

  @Test
  void theHelpShowsTheSecretFormAndTheTimeoutAsWritten() {
    Cli cli = Cli.run("init", "--help");

    assertThat(cli.out())
        .contains("only ${VAR} references")
        .contains("(default: 5s)")
        .doesNotContain("null references")
        .doesNotContain("PT5S");
  }
}
