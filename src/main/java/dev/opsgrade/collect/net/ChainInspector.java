package dev.opsgrade.collect.net;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Judges a server chain as a TLS client would, but says why: the trust path is built at a moment
 * inside the leaf's validity, so an expired certificate from a trusted CA is reported as expired
 * (not also as untrusted), and a self-signed one as self-signed.
 */
public final class ChainInspector {
  private final TrustAnchors anchors;

  /** Trust paths are costly to build and every probe of a host sees the same chain. */
  private final java.util.Map<List<X509Certificate>, Optional<String>> trusted =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ChainInspector(TrustAnchors anchors) {
    this.anchors = anchors;
  }

  public TrustAnchors anchors() {
    return anchors;
  }

  public ChainVerdict inspect(List<X509Certificate> chain, String host, Instant now) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a TLS server always presents a certificate");
    }
    X509Certificate leaf = chain.getFirst();
    Instant notBefore = leaf.getNotBefore().toInstant();
    Instant notAfter = leaf.getNotAfter().toInstant();
    boolean expired = now.isAfter(notAfter);
    boolean early = now.isBefore(notBefore);
    boolean selfSigned = leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
    Instant inside =
        expired || early ? notBefore.plus(Duration.between(notBefore, notAfter).dividedBy(2)) : now;
    Optional<String> trustProblem =
        trusted.computeIfAbsent(List.copyOf(chain), c -> trustProblem(c, inside, selfSigned));
    List<String> names = HostNames.of(leaf);
    boolean matches = HostNames.matches(names, host);
    List<String> problems = new ArrayList<>();
    if (expired) {
      problems.add("expired on " + day(notAfter));
    }
    if (early) {
      problems.add("not valid before " + day(notBefore));
    }
    trustProblem.ifPresent(problems::add);
    if (!matches) {
      problems.add(
          "wrong host: issued for "
              + (names.isEmpty() ? "no DNS name" : String.join(", ", names))
              + ", not "
              + host);
    }
    return new ChainVerdict(
        leaf.getSubjectX500Principal().getName(),
        leaf.getIssuerX500Principal().getName(),
        names,
        notBefore,
        notAfter,
        selfSigned,
        trustProblem.isEmpty(),
        trustProblem,
        matches,
        expired,
        early,
        chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList(),
        List.copyOf(problems));
  }

  /** A gate for {@link HttpWire}: refuse the chains a browser would refuse, saying why. */
  public TlsGate gate(java.util.function.Supplier<Instant> clock) {
    return (chain, host) -> {
      ChainVerdict verdict = inspect(chain, host, clock.get());
      return verdict.acceptable()
          ? Optional.empty()
          : Optional.of(
              "certificate for " + host + " refused: " + String.join("; ", verdict.problems()));
    };
  }

  private Optional<String> trustProblem(
      List<X509Certificate> chain, Instant at, boolean selfSigned) {
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(chain.getFirst());
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.anchors(), target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
      CertPathBuilder.getInstance("PKIX").build(parameters);
      return Optional.empty();
    } catch (CertPathBuilderException e) {
      X509Certificate leaf = chain.getFirst();
      return Optional.of(
          selfSigned
              ? "not trusted: self-signed (" + leaf.getSubjectX500Principal().getName() + ")"
              : "not trusted: no path from "
                  + leaf.getIssuerX500Principal().getName()
                  + " to "
                  + anchors.describe());
    } catch (GeneralSecurityException e) {
      return Optional.of("not trusted: the chain cannot be checked (" + e.getMessage() + ")");
    }
  }

  private static String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
