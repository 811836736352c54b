package dev.opsgrade.collect.tls;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The certificate a route host presents (SNI = the host) where the probes reach it: issuer and
 * names, validity window, whether it chains to a trusted CA, whether it covers the host, and the
 * problems a browser would refuse it for. {@code error} says why no certificate was seen (refused,
 * timeout, no TLS); then the other fields are empty.
 */
@FactKind("tls.certificate")
public record TlsCertificate(
    String host,
    String url,
    String dialled,
    Optional<String> error,
    Optional<String> subject,
    Optional<String> issuer,
    List<String> names,
    Optional<Instant> notBefore,
    Optional<Instant> notAfter,
    boolean selfSigned,
    boolean trusted,
    Optional<String> trustProblem,
    boolean hostMatches,
    List<String> chain,
    List<String> problems) {}
