package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.util.List;

/**
 * What the secret scan of one repository covered: working tree files, commits walked, blobs read
 * (each reachable blob once, however many commits hold it: {@code blobRevisits} counts the times a
 * blob already read came up again), blobs skipped as larger than 1 MiB or binary, how many reached
 * a regex past the keyword prefilter, and the findings (recorded up to a cap). {@code complete} is
 * false when the scan stopped early (deadline).
 */
@FactKind("git.secret-scan")
public record GitSecretScan(
    String repo,
    int rules,
    long workingTreeFiles,
    long commits,
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
    boolean complete) {}
