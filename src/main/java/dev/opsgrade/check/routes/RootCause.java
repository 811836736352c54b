package dev.opsgrade.check.routes;

import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.collect.traefik.TraefikService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a route answered as it did, in one sentence a person can act on, from the probe and what the
 * proxy says about the route's service and servers.
 */
public final class RootCause {
  private final Evidence evidence;
  private final RouteBook book;
  private final Probes probes;

  public RootCause(Evidence evidence, RouteBook book, Probes probes) {
    this.evidence = evidence;
    this.book = book;
    this.probes = probes;
  }

  public String of(HttpProbe probe) {
    Optional<Route> route = probe.router().flatMap(book::route);
    String detail = probe.detail();
    return switch (probe.outcome()) {
      case BAD_GATEWAY -> badGateway(probe, route);
      case NOT_FOUND_AT_PROXY -> notFound(probe, route);
      case APP_ERROR ->
          "the application behind "
              + route.map(r -> "service '" + r.service() + "'").orElse(probe.host())
              + " answered "
              + probe.status().map(String::valueOf).orElse("5xx")
              + ": read its logs";
      case TLS_ERROR -> "TLS: " + detail;
      case DNS_FAILURE -> "DNS: " + detail;
      case REFUSED ->
          "nothing accepts connections at "
              + probe.dialled()
              + ": the proxy's entrypoint is down or not published";
      case TIMEOUT -> "no answer in time: " + detail;
      case REDIRECT_LOOP -> "redirect loop: " + detail;
      case TOO_LARGE -> "the answer is too large: " + detail;
      case CLIENT_ERROR ->
          "the application answered "
              + probe.status().map(String::valueOf).orElse("4xx")
              + " at "
              + probe.url();
      case FORBIDDEN -> "403 Forbidden: an IP allowlist or an access rule refuses this client";
      default -> detail;
    };
  }

  private String badGateway(HttpProbe probe, Optional<Route> route) {
    String status = probe.status().map(String::valueOf).orElse("502");
    if (route.isEmpty()) {
      return status + " from the proxy: it got no answer from the backend";
    }
    Optional<TraefikService> service = service(route.get().service());
    String direct = directDown(route.get().name());
    if (service.isPresent() && !service.get().servers().isEmpty()) {
      long up = service.get().serversUp();
      return up == 0
          ? status
              + " from the proxy: service '"
              + service.get().name()
              + "' has no server UP ("
              + servers(service.get())
              + ")"
              + direct
          : status
              + " from the proxy: service '"
              + service.get().name()
              + "' has "
              + up
              + " of "
              + service.get().servers().size()
              + " servers UP, yet the request failed"
              + direct;
    }
    return status
        + " from the proxy: the backend of service '"
        + route.get().service()
        + "' did not answer"
        + direct;
  }

  private String directDown(String router) {
    List<HttpProbe> down =
        probes.of(HttpProbe.Kind.DIRECT, router).stream()
            .map(FactView::data)
            .filter(p -> p.outcome() == ProbeClass.REFUSED || p.outcome() == ProbeClass.TIMEOUT)
            .toList();
    return down.isEmpty()
        ? ""
        : "; "
            + down.stream()
                .map(p -> p.url() + " " + p.outcome().label())
                .collect(Collectors.joining(", "))
            + ": the backend is stopped or unreachable";
  }

  private String notFound(HttpProbe probe, Optional<Route> route) {
    if (route.isEmpty()) {
      return "404 from the proxy: no router matches " + probe.host();
    }
    Route r = route.get();
    if (r.apiRead() && !r.running()) {
      return "404 from the proxy: router '"
          + r.name()
          + "' is in "
          + r.declaredIn()
          + " ("
          + r.location().display()
          + ") but the running proxy did not load it";
    }
    return "404 from the proxy: no router of the running proxy matches "
        + probe.host()
        + (r.apiRead()
            ? " (router '" + r.name() + "' exists: check its rule, entrypoints and priority)"
            : " (router '"
                + r.name()
                + "' is configured in "
                + r.declaredIn()
                + ": is it loaded?)");
  }

  private Optional<TraefikService> service(String name) {
    return evidence.all(TraefikService.class).stream()
        .map(FactView::data)
        .filter(s -> s.name().equals(name))
        .sorted((a, b) -> a.source().compareTo(b.source()))
        .findFirst();
  }

  private static String servers(TraefikService service) {
    return service.servers().stream()
        .map(s -> s.url() + " " + s.status())
        .collect(Collectors.joining(", "));
  }
}
