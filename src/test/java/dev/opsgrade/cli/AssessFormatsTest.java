package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `assess --format F --fail-under N`: every format is written and the exit code follows N. */
class AssessFormatsTest {
  private static final Map<String, String> FILES =
      Map.of(
          "md", "PRODUCTION_READY_ASSESSMENT_",
          "json", "assessment.json",
          "sarif", "opsgrade.sarif",
          "html", "opsgrade-report.html",
          "junit", "opsgrade-junit.xml");

  @TempDir Path dir;

  @Test
  void failUnderSetsTheExitCodeWithEveryFormat() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8081:80\"]\n");
    for (Map.Entry<String, String> format : FILES.entrySet()) {
      Path out = dir.resolve("out-" + format.getKey());

      Cli low = assess(format.getKey(), out, "0");
      Cli high = assess(format.getKey(), out, "100");
      Cli verdict =
          Cli.run(
              "assess",
              dir.toString(),
              "--format",
              format.getKey(),
              "--no-history",
              "--out",
              out.toString(),
              "--quiet");

      assertThat(low.exitCode()).as(format.getKey() + " --fail-under 0").isZero();
      assertThat(high.exitCode()).as(format.getKey() + " --fail-under 100").isEqualTo(1);
      assertThat(verdict.exitCode()).as(format.getKey() + ": not ready").isEqualTo(1);
      assertThat(verdict.out()).endsWith(" not ready\n");
      try (var written = Files.list(out)) {
        assertThat(written.map(p -> p.getFileName().toString()))
            .as(format.getKey())
            .anyMatch(name -> name.startsWith(format.getValue()));
      }
    }
  }

  @Test
  void anOutFolderThatIsAFileIsAUsageErrorNamingIt() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
    Path file = Files.writeString(dir.resolve("reports-file"), "not a folder");

    for (Path out : new Path[] {file, file.resolve("sub")}) {
      Cli run = Cli.run("assess", dir.toString(), "--no-history", "--out", out.toString());

      assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
      assertThat(run.err())
          .as(out.toString())
          .startsWith("opsgrade: --out " + out)
          .contains(file.toString())
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void theHtmlReportDrawsTheTrendRecordedInHistory() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
    Path out = dir.resolve("out");

    Cli first = Cli.run("assess", dir.toString(), "--format", "html", "--out", out.toString());
    Cli second = Cli.run("assess", dir.toString(), "--format", "html", "--out", out.toString());

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(second.exitCode()).isEqualTo(1);
    String html = Files.readString(out.resolve("opsgrade-report.html"));
    assertThat(html).contains("2 assessments; dashed: the target 85.");
    assertThat(html.split("<circle ", -1)).hasSize(3);
  }

  private Cli assess(String format, Path out, String failUnder) {
    return Cli.run(
        "assess",
        dir.toString(),
        "--format",
        format,
        "--no-history",
        "--out",
        out.toString(),
        "--quiet",
        "--fail-under",
        failUnder);
  }
}
