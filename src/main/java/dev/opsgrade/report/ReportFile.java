package dev.opsgrade.report;

import java.nio.charset.StandardCharsets;

/**
 * A report to write: its file name in the output directory, and its text. The caller does the file
 * I/O (reports are pure and never see a path).
 */
public record ReportFile(String name, String content) {

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
