package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * BACKUP_DR_STATUS_&lt;date&gt;.md: per host the newest backup and its age, the retention kept
 * against the policy, the repositories' integrity, and the last restore drill with its measured
 * RTO. The document is a list of parts, one per check; provider snapshots and the DR playbooks
 * table are parts of their own, with what they measured from the evidence.
 */
public final class BackupDrStatusDocument {
  private final Catalogue catalogue;
  private final SecuritySection section;

  public BackupDrStatusDocument(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.section = new SecuritySection(new FindingText(catalogue));
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("BACKUP_DR_STATUS", assessment);
  }

  /** One part: its check, its heading, and the table of what was measured. */
  private record Part(String check, String name, Function<Evidence, Optional<String>> measured) {}

  private static final List<Part> PARTS =
      List.of(
          new Part("bak.backup-age", "Newest backup per host", BackupFactTables::newest),
          new Part("bak.retention", "Retention against the policy", BackupFactTables::retention),
          new Part("bak.integrity", "Repository integrity", BackupFactTables::integrity),
          new Part("bak.restore-drill", "Restore drills", BackupFactTables::drills),
          new Part(
              "bak.snapshot-age",
              "Provider snapshots",
              e -> Optional.of(ProviderSnapshotsSection.body(e))),
          new Part("bak.playbooks", "DR playbooks", e -> Optional.of(PlaybooksSection.body(e))));

  public String render(Assessment assessment, Optional<Evidence> evidence) {
    StringBuilder out = new StringBuilder(Deliverable.title("Backup and DR status", assessment));
    out.append(BackupDrSummary.render(assessment, PARTS.stream().map(Part::check).toList()));
    PARTS.forEach(part -> out.append(render(assessment, part, evidence)));
    if (evidence.isEmpty()) {
      out.append(
          "The evidence bundle was not given to the report, so only findings are shown.\n\n");
    }
    return out.append(Deliverable.footer(assessment)).toString();
  }

  private String render(Assessment assessment, Part part, Optional<Evidence> evidence) {
    List<Finding> findings =
        assessment.findings().stream().filter(f -> f.check().equals(part.check())).toList();
    String title = catalogue.find(part.check()).map(CheckMetadata::title).orElse(part.check());
    StringBuilder out =
        new StringBuilder(section.render(part.check(), part.name(), title, findings));
    evidence
        .flatMap(part.measured())
        .ifPresent(table -> out.append("Measured:\n\n").append(table).append('\n'));
    return out.toString();
  }
}
