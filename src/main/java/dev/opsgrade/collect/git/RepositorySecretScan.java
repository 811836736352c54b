package dev.opsgrade.collect.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The secret scan of one repo entry: the working tree files under its folder first, then every blob
 * reachable from any ref at a path under the folder that the tree does not already hold, each read
 * once (blob ids are tracked). Stops at the deadline and records how far it got.
 */
final class RepositorySecretScan {
  static final int MAX_BLOB_BYTES = 1 << 20;
  private static final int BINARY_PROBE = 8000;

  private final RepoScope where;
  private final Repository repository;
  private final SecretScanner scanner;
  private final Deadline deadline;
  private final Set<ObjectId> seen = new HashSet<>();

  /** The matches of each blob read that had any, so another path holding it needs no read. */
  private final Map<ObjectId, List<SecretMatch>> matchesByBlob = new HashMap<>();

  final FoundSecrets found;
  final ScanCounters counters = new ScanCounters();

  RepositorySecretScan(
      RepoScope where,
      Repository repository,
      SecretScanner scanner,
      Allowlist allowlist,
      Deadline deadline) {
    this.where = where;
    this.repository = repository;
    this.scanner = scanner;
    this.found = new FoundSecrets(where, allowlist);
    this.deadline = deadline;
  }

  void scanWorkTree(List<String> files) throws IOException {
    counters.workingTreeListed = files.size();
    Path root = repository.getWorkTree().toPath();
    try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
      for (String path : files) {
        if (pastDeadline()) {
          return;
        }
        Path file = root.resolve(path);
        counters.workingTreeFiles++;
        if (!Files.isRegularFile(file)) {
          continue;
        }
        if (Files.size(file) > MAX_BLOB_BYTES) {
          counters.skippedLarge++;
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        ObjectId id = hasher.idFor(Constants.OBJ_BLOB, bytes);
        if (seen.add(id)) {
          scanContent(id, bytes, path, Optional.empty());
        } else {
          recordAll(id, path, Optional.empty());
        }
      }
    }
  }

  void scanHistory() throws IOException {
    try (HistoryBlobs history = new HistoryBlobs(repository, where, deadline)) {
      boolean finished =
          history.forEachNewBlob(
              seen,
              (id, path, commit, first) -> {
                if (pastDeadline()) {
                  return false;
                }
                if (first) {
                  readBlob(history, id, path, commit);
                } else {
                  recordAll(id, path, Optional.of(commit));
                }
                return counters.complete;
              });
      counters.complete &= finished;
      counters.commits = history.commits();
      counters.commitsTotal = history.commitsTotal();
      counters.blobRevisits = history.revisits();
      counters.scannedUpTo = history.lastScanned().map(RevCommit::getName);
      counters.scannedUpToDate =
          history.lastScanned().map(c -> c.getCommitterIdent().getWhenAsInstant());
    }
  }

  private void readBlob(HistoryBlobs history, ObjectId id, String path, RevCommit commit)
      throws IOException {
    counters.blobsRead++;
    Optional<byte[]> bytes = history.read(id);
    if (bytes.isEmpty()) {
      counters.skippedLarge++;
      return;
    }
    scanContent(id, bytes.get(), path, Optional.of(commit));
  }

  private void recordAll(ObjectId id, String path, Optional<RevCommit> commit) {
    for (SecretMatch match : matchesByBlob.getOrDefault(id, List.of())) {
      found.record(match, id, path, commit);
    }
  }

  private void scanContent(ObjectId id, byte[] bytes, String path, Optional<RevCommit> commit) {
    if (isBinary(bytes)) {
      counters.skippedBinary++;
      return;
    }
    counters.bytesScanned += bytes.length;
    BitSet candidates = scanner.candidates(bytes, bytes.length);
    if (candidates.isEmpty()) {
      return;
    }
    counters.reachedRegex++;
    List<SecretMatch> matches;
    try {
      matches = scanner.scan(bytes, bytes.length, candidates, deadline);
    } catch (DeadlineText.Stopped e) {
      // This file is not fully scanned: the scan as a whole is cut short here.
      counters.complete = false;
      return;
    }
    if (!matches.isEmpty()) {
      matchesByBlob.put(id, matches);
      recordAll(id, path, commit);
    }
  }

  private boolean pastDeadline() {
    if (deadline.passed()) {
      counters.complete = false;
      return true;
    }
    return false;
  }

  /** Git's own test: a NUL byte in the first 8000 bytes. */
  static boolean isBinary(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
