package dev.opsgrade.collect.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The secret scan of one repository: the working tree first, then every blob reachable from any ref
 * that the tree does not already hold, each read once (blob ids are tracked). Findings are merged
 * by rule, fingerprint and path, so a secret edited around in 100 commits is one finding with 100
 * occurrences, located at the commit that first brought it in.
 */
final class RepositorySecretScan {
  static final int MAX_BLOB_BYTES = 1 << 20;
  static final int MAX_FINDINGS = 500;
  private static final int BINARY_PROBE = 8000;

  private final String repoName;
  private final Repository repository;
  private final SecretScanner scanner;
  private final Allowlist allowlist;
  private final long deadline;
  private final Set<ObjectId> seen = new HashSet<>();

  /** The matches of each blob read that had any, so another path holding it needs no read. */
  private final Map<ObjectId, List<SecretMatch>> matchesByBlob = new HashMap<>();

  private final Map<String, GitSecretFinding> findings = new LinkedHashMap<>();
  final Counters counters = new Counters();

  static final class Counters {
    long workingTreeFiles;
    long commits;
    long blobsRead;
    long blobRevisits;
    long skippedLarge;
    long skippedBinary;
    long bytesScanned;
    long reachedRegex;
    int findings;
    int notRecorded;
    boolean complete = true;
  }

  RepositorySecretScan(
      String repoName,
      Repository repository,
      SecretScanner scanner,
      Allowlist allowlist,
      long deadlineNanos) {
    this.repoName = repoName;
    this.repository = repository;
    this.scanner = scanner;
    this.allowlist = allowlist;
    this.deadline = deadlineNanos;
  }

  List<GitSecretFinding> findings() {
    return List.copyOf(findings.values());
  }

  void scanWorkTree(List<String> files) throws IOException {
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
    try (HistoryBlobs history = new HistoryBlobs(repository)) {
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
            return true;
          });
      counters.commits = history.commits();
      counters.blobRevisits = history.revisits();
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
      record(match, path, commit);
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
    List<SecretMatch> matches = scanner.scan(bytes, bytes.length, candidates);
    if (!matches.isEmpty()) {
      matchesByBlob.put(id, matches);
      recordAll(id, path, commit);
    }
  }

  private void record(SecretMatch match, String path, Optional<RevCommit> commit) {
    String key = match.rule() + "|" + match.fingerprint() + "|" + path;
    GitSecretFinding known = findings.get(key);
    if (known != null) {
      findings.put(key, withOneMore(known));
      return;
    }
    counters.findings++;
    if (findings.size() >= MAX_FINDINGS) {
      counters.notRecorded++;
      return;
    }
    Optional<String> reason = allowlist.reason(match.fingerprint());
    findings.put(
        key,
        new GitSecretFinding(
            repoName,
            match.rule(),
            match.title(),
            path,
            match.line(),
            match.fingerprint(),
            commit.isEmpty(),
            commit.map(RevCommit::getName),
            commit.map(c -> c.getCommitterIdent().getWhenAsInstant()),
            match.excerpt(),
            1,
            reason.isPresent(),
            reason.filter(r -> !r.isEmpty())));
  }

  private static GitSecretFinding withOneMore(GitSecretFinding f) {
    return new GitSecretFinding(
        f.repo(),
        f.rule(),
        f.title(),
        f.file(),
        f.line(),
        f.fingerprint(),
        f.inWorkingTree(),
        f.commit(),
        f.commitDate(),
        f.excerpt(),
        f.occurrences() + 1,
        f.accepted(),
        f.acceptedReason());
  }

  private boolean pastDeadline() {
    if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
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
