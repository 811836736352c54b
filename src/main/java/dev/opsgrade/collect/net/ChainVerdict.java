package dev.opsgrade.collect.net;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a TLS client concludes about a server's chain for one host name: whether it chains to a
 * trusted CA, whether it names the host, and its leaf's validity window. {@code problems} says in
 * words what a browser would refuse ("expired", "not trusted", "wrong host"); empty means
 * acceptable.
 */
public record ChainVerdict(
    String subject,
    String issuer,
    List<String> names,
    Instant notBefore,
    Instant notAfter,
    boolean selfSigned,
    boolean trusted,
    Optional<String> trustProblem,
    boolean hostMatches,
    boolean expired,
    boolean notYetValid,
    List<String> chainSubjects,
    List<String> problems) {

  public boolean acceptable() {
    return problems.isEmpty();
  }
}
