package dev.opsgrade.collect.backup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a restore drill went: what was restored and how long it took, and every way the restored data
 * fell short ({@code problems}, empty when it passed), the differing files by name.
 */
public record DrillOutcome(
    Optional<String> snapshot,
    long files,
    long bytes,
    Optional<Duration> restoreTime,
    Duration total,
    String verified,
    List<String> problems) {

  public boolean passed() {
    return problems.isEmpty();
  }

  static DrillOutcome failed(String problem, long start) {
    return new DrillOutcome(
        Optional.empty(), 0, 0, Optional.empty(), since(start), "nothing", List.of(problem));
  }

  static DrillOutcome of(
      Snapshot snapshot,
      BackupTool.RestoreSize expected,
      RestoredTree tree,
      SampleCheck.Outcome sample,
      int wanted,
      Duration restoreTime,
      long start) {
    List<String> problems = new ArrayList<>();
    if (tree.entries() != expected.files()) {
      problems.add(
          "restored "
              + tree.entries()
              + " entries, the snapshot holds "
              + expected.files()
              + (expected.countsDirectories() ? " (files and directories)" : " (files)"));
    }
    if (tree.bytes() != expected.bytes()) {
      problems.add("restored " + tree.bytes() + " bytes, the snapshot holds " + expected.bytes());
    }
    sample.differing().forEach(d -> problems.add("differs: " + d));
    if (wanted > 0 && sample.sampled() > 0 && sample.compared() == 0) {
      problems.add(
          "none of the "
              + sample.sampled()
              + " sampled files could be compared with "
              + sample.against()
              + " ("
              + sample.changed()
              + " changed since the backup, "
              + sample.absent()
              + " not readable here): set dr.drill.manifest");
    }
    String verified =
        wanted == 0
            ? "file count and size (verify_sample is 0)"
            : "file count, size and "
                + sample.compared()
                + " of "
                + sample.sampled()
                + " sampled files against "
                + sample.against()
                + skipped(sample);
    return new DrillOutcome(
        Optional.of(snapshot.id()),
        tree.entries(),
        tree.bytes(),
        Optional.of(restoreTime),
        since(start),
        verified,
        List.copyOf(problems));
  }

  private static String skipped(SampleCheck.Outcome sample) {
    if (sample.changed() + sample.absent() == 0) {
      return "";
    }
    return " (not compared: "
        + sample.changed()
        + " changed since the backup, "
        + sample.absent()
        + " not readable here)";
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
