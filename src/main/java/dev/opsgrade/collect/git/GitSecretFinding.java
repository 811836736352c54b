package dev.opsgrade.collect.git;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;

/**
 * A secret found in a repository: by which rule, where (file and 1-based line, relative to the
 * repository), its fingerprint (first 12 hex of the SHA-256 of the secret) and, when it is no
 * longer in the working tree, the commit and date that brought it in. Never the secret: {@code
 * excerpt} is the line with the secret replaced by ***, only when that was safe. {@code
 * occurrences} counts the blobs (file versions) that hold it at this path. An {@code accepted}
 * finding is in the repository's allowlist.
 */
@FactKind("git.secret")
public record GitSecretFinding(
    String repo,
    String rule,
    String title,
    String file,
    int line,
    String fingerprint,
    boolean inWorkingTree,
    Optional<String> commit,
    Optional<Instant> commitDate,
    Optional<String> excerpt,
    int occurrences,
    boolean accepted,
    Optional<String> acceptedReason) {}
