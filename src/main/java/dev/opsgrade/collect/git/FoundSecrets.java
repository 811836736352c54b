package dev.opsgrade.collect.git;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The secrets a scan found, merged by rule, fingerprint and path: a secret edited around in 100
 * commits is one finding in 100 versions of the file (distinct blobs: the same blob met again, in
 * the working tree or through another branch, is no new version). Its line is where it was first
 * seen (the working tree is scanned first); its commit is the oldest that brought it in, when it
 * was ever committed (history is walked oldest first). Recorded up to {@link #MAX_FINDINGS}; the
 * rest only counted.
 */
final class FoundSecrets {
  static final int MAX_FINDINGS = 500;

  private final RepoScope where;
  private final Allowlist allowlist;
  private final Map<String, GitSecretFinding> findings = new LinkedHashMap<>();
  private final Map<String, Set<ObjectId>> versions = new HashMap<>();
  private int distinct;
  private int notRecorded;

  FoundSecrets(RepoScope where, Allowlist allowlist) {
    this.where = where;
    this.allowlist = allowlist;
  }

  List<GitSecretFinding> all() {
    return List.copyOf(findings.values());
  }

  /** Distinct findings, recorded or not. */
  int distinct() {
    return distinct;
  }

  int notRecorded() {
    return notRecorded;
  }

  int accepted() {
    return (int) findings.values().stream().filter(GitSecretFinding::accepted).count();
  }

  /** One match in a blob at a root-relative path, in the working tree (no commit) or a commit. */
  void record(SecretMatch match, ObjectId blob, String path, Optional<RevCommit> commit) {
    String key = match.rule() + "|" + match.fingerprint() + "|" + path;
    GitSecretFinding known = findings.get(key);
    if (known != null) {
      boolean newVersion = versions.get(key).add(blob.copy());
      findings.put(key, known.seenAgain(newVersion, commit));
      return;
    }
    distinct++;
    if (findings.size() >= MAX_FINDINGS) {
      notRecorded++;
      return;
    }
    Optional<String> reason = allowlist.reason(match.fingerprint());
    versions.computeIfAbsent(key, k -> new HashSet<>()).add(blob.copy());
    findings.put(
        key,
        new GitSecretFinding(
            where.repo(),
            match.rule(),
            match.title(),
            where.display(path),
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
}
