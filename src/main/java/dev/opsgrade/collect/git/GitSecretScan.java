package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the secret scan of one repo entry covered (see {@link RepoScope} for {@code repo}, {@code
 * root}, {@code scope}: only paths under the scope are read, in the working tree and in history):
 * working tree files scanned of those listed, commits whose changes were all read of those
 * reachable, blobs read (each reachable blob once, however many commits hold it: {@code
 * blobRevisits} counts the times a blob already read came up again), blobs skipped as larger than 1
 * MiB or binary, how many reached a regex past the keyword prefilter, and the findings (recorded up
 * to a cap). {@code complete} is false when the scan was cut short: {@code stoppedBy} says by what,
 * and history was read oldest first up to commit {@code scannedUpTo} of {@code scannedUpToDate}
 * (empty when no commit was read in full).
 */
@FactKind("git.secret-scan")
public record GitSecretScan(
    String repo,
    String root,
    String scope,
    int rules,
    long workingTreeFiles,
    long workingTreeListed,
    long commits,
    long commitsTotal,
    long blobsRead,
    long blobRevisits,
    long skippedLarge,
    long skippedBinary,
    long bytesScanned,
    long reachedRegex,
    int findings,
    int accepted,
    int findingsNotRecorded,
    String allowlistFile,
    List<String> allowlistErrors,
    boolean complete,
    Optional<String> stoppedBy,
    Optional<String> scannedUpTo,
    Optional<Instant> scannedUpToDate) {

  public RepoScope where() {
    return new RepoScope(repo, root, scope);
  }
}
