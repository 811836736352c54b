package dev.opsgrade.collect.git;

import java.util.Optional;

/** The scan fact of one repo entry, and the one-line summary of its collector run. */
final class ScanFacts {
  private ScanFacts() {}

  static GitSecretScan of(
      RepoScope where,
      SecretScanner scanner,
      RepositorySecretScan scan,
      Allowlist allowlist,
      Deadline deadline) {
    ScanCounters c = scan.counters;
    return new GitSecretScan(
        where.repo(),
        where.root(),
        where.scope(),
        scanner.rules().size(),
        c.workingTreeFiles,
        c.workingTreeListed,
        c.commits,
        c.commitsTotal,
        c.blobsRead,
        c.blobRevisits,
        c.skippedLarge,
        c.skippedBinary,
        c.bytesScanned,
        c.reachedRegex,
        scan.found.distinct(),
        scan.found.accepted(),
        scan.found.notRecorded(),
        RepoPaths.join(where.repo(), Allowlist.FILE_NAME),
        allowlist.errors(),
        c.complete,
        c.complete ? Optional.empty() : Optional.of(stoppedBy(deadline)),
        c.scannedUpTo,
        c.scannedUpToDate);
  }

  private static String stoppedBy(Deadline deadline) {
    return Thread.currentThread().isInterrupted()
        ? "the collection runner stopped the git collector"
        : "the deadline: " + deadline.description();
  }

  static String detail(GitSecretScan s) {
    return s.where().describe()
        + ": "
        + s.commits()
        + " of "
        + s.commitsTotal()
        + " commits, "
        + s.blobsRead()
        + " history blobs, "
        + s.workingTreeFiles()
        + " working tree files, "
        + s.findings()
        + " secret findings"
        + s.stoppedBy().map(why -> "; the secret scan was cut short by " + why).orElse("");
  }
}
