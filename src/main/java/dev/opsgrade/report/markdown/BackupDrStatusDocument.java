package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.markdown.CheckParts.Part;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * BACKUP_DR_STATUS_&lt;date&gt;.md: per host the newest backup and its age, the retention kept
 * against the policy, the repositories' integrity, and the last restore drill with its measured
 * RTO. The document is a list of parts, one per check; provider snapshots and the DR playbooks
 * table are parts of their own, with what they measured from the evidence.
 */
public final class BackupDrStatusDocument {
  private final CheckParts parts;

  public BackupDrStatusDocument(Catalogue catalogue) {
    this.parts = new CheckParts(catalogue);
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("BACKUP_DR_STATUS", assessment);
  }

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
    return Deliverable.title("Backup and DR status", assessment)
        + BackupDrSummary.render(assessment, PARTS.stream().map(Part::check).toList())
        + parts.render(assessment, PARTS, evidence)
        + Deliverable.footer(assessment);
  }
}
