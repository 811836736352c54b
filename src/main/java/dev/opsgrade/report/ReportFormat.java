package dev.opsgrade.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats opsgrade writes. */
public enum ReportFormat {
  /** The dated Markdown deliverables. */
  MD("md"),
  /** assessment.json. */
  JSON("json"),
  /** opsgrade.sarif: findings with a file location, for code scanning and editors. */
  SARIF("sarif"),
  /** opsgrade-report.html: the whole assessment in one self-contained page. */
  HTML("html"),
  /** opsgrade-junit.xml: a test case per check and subject, for CI systems. */
  JUNIT("junit");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The format named on the command line, or an error that lists the available ones. */
  public static ReportFormat parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown report format '"
                        + name
                        + "': available are "
                        + Arrays.stream(values())
                            .map(ReportFormat::id)
                            .collect(Collectors.joining(", "))));
  }
}
