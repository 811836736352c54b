package dev.opsgrade.check.availability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.collect.tls.TlsCertificate;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** avail.tls: every HTTPS host's certificate is trusted, names the host, and has 14+ days left. */
public final class TlsCheck implements Check {
  static final long WARN_DAYS = 14;
  static final long FAIL_DAYS = 3;

  @Override
  public String id() {
    return "avail.tls";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<TlsCertificate>> certificates = evidence.all(TlsCertificate.class);
    if (certificates.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(), Probes.missing(evidence, "tls", "the TLS collector")));
    }
    return certificates.stream().map(c -> judge(c, evidence, findings)).toList();
  }

  static Finding judge(FactView<TlsCertificate> view, Evidence evidence, Findings findings) {
    TlsCertificate cert = view.data();
    Location at = Location.url(cert.url());
    if (cert.error().isPresent() || cert.notAfter().isEmpty()) {
      return findings.of(
          Status.UNVERIFIED,
          cert.host(),
          "no evidence: no certificate seen at "
              + cert.dialled()
              + ": "
              + cert.error().orElse("no handshake"),
          Optional.of(at),
          List.of(view.id()));
    }
    long days = Duration.between(evidence.now(), cert.notAfter().get()).toDays();
    String issued =
        "issued by " + cert.issuer().orElse("?") + " for " + String.join(", ", cert.names());
    if (!cert.problems().isEmpty()) {
      return findings.fail(
          cert.host(),
          "certificate refused: " + String.join("; ", cert.problems()) + " (" + issued + ")",
          at,
          List.of(view.id()),
          fix(cert));
    }
    if (days < FAIL_DAYS) {
      return findings.fail(
          cert.host(),
          "certificate ends in " + days + " days (" + cert.notAfter().get() + "), " + issued,
          at,
          List.of(view.id()),
          fix(cert));
    }
    if (days < WARN_DAYS) {
      String message =
          "certificate ends in " + days + " days (" + cert.notAfter().get() + "), " + issued;
      return findings
          .fail(cert.host(), message, at, List.of(view.id()), fix(cert))
          .withStatus(Status.WARN, message);
    }
    return findings.of(
        Status.PASS,
        cert.host(),
        "certificate valid, " + days + " days left, " + issued,
        Optional.of(at),
        List.of(view.id()));
  }

  private static String fix(TlsCertificate cert) {
    if (!cert.hostMatches()) {
      return "Issue a certificate that names "
          + cert.host()
          + " (add it to the router's tls.domains or the resolver's SANs)";
    }
    if (!cert.trusted()) {
      return "Serve a certificate from a trusted CA for "
          + cert.host()
          + " (an ACME resolver), not "
          + (cert.selfSigned() ? "a self-signed one" : "one from an unknown CA");
    }
    return "Renew the certificate of "
        + cert.host()
        + ": check the ACME resolver's logs and acme.json, then reload the proxy";
  }
}
