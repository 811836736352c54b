package dev.opsgrade.check.routes;

import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a probed route or endpoint should answer. A route with an auth middleware: the portal
 * redirect or a 401; with only an IP allowlist: 403 or 2xx; without: 2xx (an app's own login
 * redirect counts). An inventory endpoint says so itself (status, auth, max_latency), and an
 * endpoint whose host is a route's host sets that route's expectation.
 */
public record Expectation(
    String describe,
    Set<ProbeClass> accepted,
    List<Integer> statuses,
    boolean protectedRoute,
    Duration maxLatency,
    Protection protection) {
  public static final Duration DEFAULT_MAX_LATENCY = Duration.ofSeconds(2);

  public static Expectation of(HttpProbe probe, RouteBook book, Inventory inventory) {
    Optional<EndpointSpec> declared =
        inventory.endpoints().stream()
            .filter(
                e ->
                    probe.endpoint().map(e.name()::equals).orElse(false)
                        || sameHost(e, probe.host()))
            .findFirst();
    Protection protection =
        probe
            .router()
            .flatMap(book::route)
            .map(book::protection)
            .orElse(new Protection(List.of(), List.of()));
    if (declared.isPresent()) {
      return declared(declared.get().expect(), protection);
    }
    if (protection.authenticates()) {
      return new Expectation(
          "the auth portal redirect or 401 (" + protection.describe() + ")",
          EnumSet.of(ProbeClass.AUTH_REDIRECT),
          List.of(),
          true,
          DEFAULT_MAX_LATENCY,
          protection);
    }
    if (protection.onlyAllowlist()) {
      return new Expectation(
          "403 or 2xx (" + protection.describe() + ")",
          EnumSet.of(ProbeClass.FORBIDDEN, ProbeClass.OK),
          List.of(),
          true,
          DEFAULT_MAX_LATENCY,
          protection);
    }
    return new Expectation(
        "2xx",
        EnumSet.of(ProbeClass.OK, ProbeClass.AUTH_REDIRECT, ProbeClass.REDIRECT),
        List.of(),
        false,
        DEFAULT_MAX_LATENCY,
        protection);
  }

  private static Expectation declared(EndpointSpec.Expect expect, Protection protection) {
    String auth = expect.auth().toLowerCase(Locale.ROOT);
    Duration budget = expect.maxLatency() == null ? DEFAULT_MAX_LATENCY : expect.maxLatency();
    return switch (auth) {
      case "portal", "basic" ->
          new Expectation(
              "the auth " + (auth.equals("portal") ? "portal redirect" : "challenge (401)"),
              EnumSet.of(ProbeClass.AUTH_REDIRECT),
              List.of(),
              true,
              budget,
              protection);
      case "any" ->
          new Expectation(
              "status " + expect.status() + " or an auth gate",
              EnumSet.of(ProbeClass.OK, ProbeClass.AUTH_REDIRECT),
              expect.status(),
              false,
              budget,
              protection);
      default ->
          new Expectation(
              "status " + expect.status() + " without auth",
              EnumSet.of(
                  ProbeClass.OK,
                  ProbeClass.REDIRECT,
                  ProbeClass.CLIENT_ERROR,
                  ProbeClass.NOT_FOUND_AT_PROXY,
                  ProbeClass.APP_ERROR,
                  ProbeClass.BAD_GATEWAY,
                  ProbeClass.FORBIDDEN),
              expect.status(),
              false,
              budget,
              protection);
    };
  }

  /** Whether one sample answered as expected. */
  public boolean met(HttpProbe.Sample sample) {
    if (!accepted.contains(sample.outcome())) {
      return false;
    }
    if (statuses.isEmpty() || sample.outcome() == ProbeClass.AUTH_REDIRECT) {
      return true;
    }
    return sample.status().map(statuses::contains).orElse(false);
  }

  private static boolean sameHost(EndpointSpec endpoint, String host) {
    return dev.opsgrade.check.routes.UrlText.host(endpoint.url())
        .map(host::equalsIgnoreCase)
        .orElse(false);
  }
}
