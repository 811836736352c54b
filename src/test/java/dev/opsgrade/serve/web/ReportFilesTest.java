package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download check itself, whatever the HTTP server did to the path before. */
class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void onlyRegularFilesInsideTheFolderResolve() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports/2026"));
    Files.writeString(dir.resolve("secret"), "s3cret");
    Files.writeString(reports.resolve("A.md"), "a");
    Files.writeString(dir.resolve("reports/.hidden.md"), "h");
    Files.createSymbolicLink(dir.resolve("reports/out.md"), dir.resolve("secret"));
    Files.createSymbolicLink(dir.resolve("reports/in.md"), reports.resolve("A.md"));
    ReportFiles files = new ReportFiles(dir.resolve("reports"));

    assertThat(files.resolve("2026/A.md")).contains(reports.resolve("A.md").toRealPath());
    for (String bad :
        new String[] {
          "../secret",
          "2026/../../secret",
          "/etc/passwd",
          dir.resolve("secret").toString(),
          "out.md",
          "in.md",
          ".hidden.md",
          "2026",
          "",
          "2026//A.md",
          "2026\\A.md",
          "./2026/A.md",
          "C:/x",
          "2026/A.md\0"
        }) {
      assertThat(files.resolve(bad)).as(bad).isEmpty();
    }
    assertThat(files.list()).extracting(ReportFiles.ReportFile::path).containsExactly("2026/A.md");
  }
}
