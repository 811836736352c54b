package dev.opsgrade.collect.git;

import java.time.Instant;
import java.util.Optional;

/** What one repo entry's secret scan has covered so far (see {@link GitSecretScan}). */
final class ScanCounters {
  long workingTreeFiles;
  long workingTreeListed;
  long commits;
  long commitsTotal;
  long blobsRead;
  long blobRevisits;
  long skippedLarge;
  long skippedBinary;
  long bytesScanned;
  long reachedRegex;
  boolean complete = true;
  Optional<String> scannedUpTo = Optional.empty();
  Optional<Instant> scannedUpToDate = Optional.empty();
}
