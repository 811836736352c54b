package dev.opsgrade.check.git;

import dev.opsgrade.collect.git.GitSecretScan;
import java.time.ZoneOffset;

/** What sec.git-secrets says about a whole scan: its coverage, or how far a cut-short scan got. */
final class ScanMessages {
  private ScanMessages() {}

  static String cutShort(GitSecretScan s) {
    String history =
        s.scannedUpToDate()
            .map(
                date ->
                    "history scanned only up to commit "
                        + s.scannedUpTo().orElseThrow().substring(0, 12)
                        + " of "
                        + date.atOffset(ZoneOffset.UTC).toLocalDate())
            .orElse("history not scanned");
    String workTree =
        s.workingTreeFiles() < s.workingTreeListed()
            ? "; working tree: only "
                + s.workingTreeFiles()
                + " of "
                + s.workingTreeListed()
                + " files scanned"
            : "";
    return s.where().describe()
        + ": the secret scan was cut short by "
        + s.stoppedBy().orElse("its deadline")
        + ": "
        + history
        + " ("
        + s.commits()
        + " of "
        + s.commitsTotal()
        + " commits, oldest first); later commits are not verified"
        + workTree;
  }

  static String summary(GitSecretScan s) {
    return s.where().describe()
        + ": no secret in "
        + s.workingTreeFiles()
        + " working tree files and "
        + s.blobsRead()
        + " history blobs of "
        + s.commits()
        + " commits ("
        + s.skippedLarge()
        + " over 1 MiB and "
        + s.skippedBinary()
        + " binary skipped"
        + (s.accepted() > 0 ? "; " + s.accepted() + " accepted in " + s.allowlistFile() : "")
        + (s.allowlistErrors().isEmpty()
            ? ""
            : "; allowlist errors: " + String.join(", ", s.allowlistErrors()))
        + ")";
  }
}
