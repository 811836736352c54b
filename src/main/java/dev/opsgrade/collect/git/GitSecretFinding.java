package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A secret found in a repository: by which rule, where ({@code file} from the inventory's folder,
 * as a user clicks it; {@code pathInRepo} from the repository's root, as git commands take it; the
 * 1-based line), its fingerprint (first 12 hex of the SHA-256 of the secret), whether it is in the
 * working tree now, and the oldest commit that brought it in with its date (empty when it was never
 * committed: an untracked file, an uncommitted change). Never the secret: {@code excerpt} is the
 * line with the secret replaced by ***, only when that was safe. {@code occurrences} counts the
 * distinct blobs (file versions) that hold it at this path. An {@code accepted} finding is in the
 * repo entry's allowlist.
 */
@FactKind("git.secret")
public record GitSecretFinding(
    String repo,
    String rule,
    String title,
    String file,
    String pathInRepo,
    int line,
    String fingerprint,
    boolean inWorkingTree,
    Optional<String> commit,
    Optional<Instant> commitDate,
    Optional<String> excerpt,
    int occurrences,
    boolean accepted,
    Optional<String> acceptedReason) {

  /** Met again in another blob (a new version when {@code newVersion}), maybe in a commit. */
  GitSecretFinding seenAgain(boolean newVersion, Optional<RevCommit> in) {
    boolean firstCommit = commit.isEmpty() && in.isPresent();
    return new GitSecretFinding(
        repo,
        rule,
        title,
        file,
        pathInRepo,
        line,
        fingerprint,
        inWorkingTree,
        firstCommit ? in.map(RevCommit::getName) : commit,
        firstCommit ? in.map(c -> c.getCommitterIdent().getWhenAsInstant()) : commitDate,
        excerpt,
        occurrences + (newVersion ? 1 : 0),
        accepted,
        acceptedReason);
  }
}
