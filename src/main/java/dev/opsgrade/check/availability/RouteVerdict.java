package dev.opsgrade.check.availability;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Expectation;
import dev.opsgrade.check.routes.RootCause;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;

/** The avail.route-status finding of one probe, and the fix for its class. */
final class RouteVerdict {
  private RouteVerdict() {}

  static Finding judge(
      FactView<HttpProbe> view, Expectation expected, RootCause causes, Findings findings) {
    HttpProbe probe = view.data();
    long met = probe.samples().stream().filter(expected::met).count();
    String who = probe.router().or(probe::endpoint).map(n -> n + ": ").orElse("");
    Location at = Location.url(probe.url());
    if (expected.protectedRoute()
        && probe.outcome() == ProbeClass.OK
        && expected.protection().authenticates()) {
      return findings.fail(
          probe.url(),
          who
              + "answered "
              + probe.status().orElse(200)
              + " without auth although it should be behind "
              + expected.protection().describe()
              + " (class ok, expected auth_redirect): the auth middleware is not applied",
          at,
          List.of(view.id()),
          "Make the router use its auth middleware (see sec.auth-coverage) and re-run the probe");
    }
    if (met == probe.samples().size()) {
      return findings.of(
          Status.PASS,
          probe.url(),
          who
              + probe.outcome().label()
              + ": "
              + probe.detail()
              + " (expected "
              + expected.describe()
              + ")",
          java.util.Optional.of(at),
          List.of(view.id()));
    }
    String message =
        who
            + "expected "
            + expected.describe()
            + ", got "
            + probe.outcome().label()
            + " in "
            + (probe.samples().size() - met)
            + " of "
            + probe.samples().size()
            + " samples; root cause: "
            + causes.of(probe);
    Finding failed = findings.fail(probe.url(), message, at, List.of(view.id()), fix(probe));
    return met > 0 ? failed.withStatus(Status.WARN, message) : failed;
  }

  private static String fix(HttpProbe probe) {
    return switch (probe.outcome()) {
      case BAD_GATEWAY ->
          "Start or fix the backend of "
              + probe.router().orElse(probe.host())
              + ", or correct its service URL in the proxy";
      case NOT_FOUND_AT_PROXY ->
          "Make the proxy load a router for "
              + probe.host()
              + " (check the rules file, the labels and the entrypoints) or remove the stale DNS/endpoint";
      case APP_ERROR, CLIENT_ERROR ->
          "Fix the application behind " + probe.url() + " (its logs say why)";
      case TLS_ERROR -> "Renew or reissue the certificate for " + probe.host() + " (see avail.tls)";
      case DNS_FAILURE -> "Add the DNS record for " + probe.host() + " (see avail.dns)";
      case REFUSED, CONNECTION_ERROR ->
          "Start the proxy's entrypoint at "
              + probe.dialled()
              + " or fix proxy.traefik.entrypoints";
      case TIMEOUT ->
          "Find why "
              + probe.url()
              + " does not answer within the probe timeout (a hung backend, a firewall dropping packets)";
      case REDIRECT_LOOP ->
          "Break the redirect loop of "
              + probe.url()
              + " (often a proxy and an app both forcing HTTPS)";
      default -> "Make " + probe.url() + " answer as expected and re-run the probe";
    };
  }
}
