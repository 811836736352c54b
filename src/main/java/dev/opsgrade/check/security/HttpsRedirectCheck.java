package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.UrlText;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * sec.https-redirect: plain HTTP to an HTTPS route's host answers with a redirect to HTTPS on the
 * same host (or is not served at all), and no route is served over plain HTTP only.
 */
public final class HttpsRedirectCheck implements Check {

  @Override
  public String id() {
    return "sec.https-redirect";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Probes probes = Probes.of(evidence);
    List<Finding> result = new ArrayList<>();
    Set<String> reachedOverHttps = reachedOverHttps(probes);
    probes
        .of(HttpProbe.Kind.PLAIN_HTTP)
        .forEach(p -> result.add(judge(p, reachedOverHttps, findings)));
    for (FactView<HttpProbe> route : probes.of(HttpProbe.Kind.ROUTE)) {
      if (route.data().url().startsWith("http://") && route.data().outcome().answered()) {
        result.add(
            findings.fail(
                route.data().url(),
                route.data().router().orElse("a route")
                    + " is served over plain HTTP only (no TLS router)",
                Location.url(route.data().url()),
                List.of(route.id()),
                "Put router "
                    + route.data().router().orElse(route.data().host())
                    + " on the websecure entrypoint with tls, and redirect web to websecure"));
      }
    }
    if (result.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              probes.any() ? "no HTTPS route to test plain HTTP against" : probes.missing()));
    }
    return result;
  }

  /**
   * Hosts whose HTTPS route probe reached a server (an answer, or a TLS handshake that failed): for
   * them a refused plain-HTTP port means HTTP is not served, not that the proxy is down.
   */
  private static Set<String> reachedOverHttps(Probes probes) {
    Set<String> hosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (FactView<HttpProbe> route : probes.of(HttpProbe.Kind.ROUTE)) {
      HttpProbe probe = route.data();
      if (probe.url().startsWith("https://")
          && (probe.outcome().answered() || probe.outcome() == ProbeClass.TLS_ERROR)) {
        hosts.add(probe.host());
      }
    }
    return hosts;
  }

  static Finding judge(FactView<HttpProbe> view, Set<String> reachedOverHttps, Findings findings) {
    HttpProbe probe = view.data();
    Location at = Location.url(probe.url());
    Optional<String> location = probe.location();
    int status = probe.status().orElse(0);
    boolean toHttps =
        status >= 300
            && status < 400
            && location
                .map(
                    l ->
                        l.startsWith("https://")
                            && UrlText.host(l).map(probe.host()::equalsIgnoreCase).orElse(false))
                .orElse(false);
    if (toHttps) {
      String kind = status == 301 || status == 308 ? "permanent" : "temporary";
      return findings.of(
          Status.PASS,
          probe.url(),
          "HTTP answers " + status + " (" + kind + ") to " + location.get(),
          Optional.of(at),
          List.of(view.id()));
    }
    if (probe.outcome() == ProbeClass.REFUSED && !reachedOverHttps.contains(probe.host())) {
      return findings.unverified(
          probe.url(),
          probe.dialled()
              + " refuses plain HTTP, but "
              + probe.host()
              + " did not answer over HTTPS either: the proxy is down or unreachable from here,"
              + " so whether it redirects HTTP is unknown");
    }
    if (probe.outcome() == ProbeClass.REFUSED) {
      return findings.of(
          Status.PASS,
          probe.url(),
          "plain HTTP is not served at all (" + probe.dialled() + " refuses connections)",
          Optional.of(at),
          List.of(view.id()));
    }
    if (!probe.outcome().answered()) {
      return findings.notApplicable(
          probe.url(),
          "plain HTTP could not be tested: " + probe.outcome().label() + " " + probe.detail());
    }
    return findings.fail(
        probe.url(),
        "HTTP answers "
            + probe.detail()
            + " instead of redirecting to https://"
            + probe.host()
            + "/",
        at,
        List.of(view.id()),
        "Redirect the web entrypoint to websecure (entryPoints.web.http.redirections.entryPoint.to=websecure, scheme https) or give "
            + probe.host()
            + " a redirectScheme middleware");
  }
}
