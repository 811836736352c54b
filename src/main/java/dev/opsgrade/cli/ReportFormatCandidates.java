package dev.opsgrade.cli;

import dev.opsgrade.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;

/** The --format values shells complete. */
final class ReportFormatCandidates implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
  }
}
