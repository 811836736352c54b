package dev.opsgrade.collect.http;

import dev.opsgrade.collect.net.Dial;
import dev.opsgrade.collect.net.HttpWire;
import dev.opsgrade.collect.net.Limits;
import dev.opsgrade.collect.net.TlsGate;
import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.net.WireException;
import dev.opsgrade.collect.net.WireResponse;
import dev.opsgrade.collect.traefik.DialPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One sample: a GET, then redirects on the same host followed up to three times (a scheme change on
 * the same host included), never to another host: a redirect elsewhere is the answer. The whole
 * sample, redirects included, ends within the timeout.
 */
final class Exchange {
  static final int MAX_REDIRECTS = 3;
  private static final Map<String, String> HEADERS =
      Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

  /** How a sample ended: its class, the last answer (if any), the URLs followed. */
  record Result(
      ProbeClass outcome,
      Optional<WireResponse> last,
      Optional<Integer> status,
      long millis,
      String detail,
      List<String> followed) {}

  private final Classifier classifier;
  private final TlsGate gate;
  private final Duration timeout;
  private final Function<UrlParts, DialPlan.Planned> redial;

  Exchange(
      Classifier classifier,
      TlsGate gate,
      Duration timeout,
      Function<UrlParts, DialPlan.Planned> redial) {
    this.classifier = classifier;
    this.gate = gate;
    this.timeout = timeout;
    this.redial = redial;
  }

  Result run(Dial first, UrlParts url, boolean follow) {
    long start = System.nanoTime();
    Dial dial = first;
    UrlParts at = url;
    List<String> followed = new ArrayList<>(List.of(url.display()));
    for (int hop = 0; ; hop++) {
      Duration left = timeout.minusNanos(System.nanoTime() - start);
      WireResponse response;
      try {
        if (left.isNegative() || left.isZero()) {
          throw new WireException(
              WireException.Failure.TIMEOUT,
              "redirects of " + url.display() + " took over " + timeout.toMillis() + " ms");
        }
        response = HttpWire.get(dial, at.path(), HEADERS, Limits.within(left), gate);
      } catch (WireException e) {
        return new Result(
            Classifier.of(e.failure()),
            Optional.empty(),
            e.status() > 0 ? Optional.of(e.status()) : Optional.empty(),
            millis(start),
            e.getMessage(),
            followed);
      }
      ProbeClass outcome = classifier.of(response, at);
      Optional<UrlParts> next =
          outcome == ProbeClass.REDIRECT && follow ? sameHost(response, at) : Optional.empty();
      if (next.isEmpty()) {
        return new Result(
            outcome,
            Optional.of(response),
            Optional.of(response.status()),
            millis(start),
            describe(response, outcome, at),
            followed);
      }
      if (hop >= MAX_REDIRECTS || followed.contains(next.get().display())) {
        followed.add(next.get().display());
        return new Result(
            ProbeClass.REDIRECT_LOOP,
            Optional.of(response),
            Optional.of(response.status()),
            millis(start),
            "more than "
                + MAX_REDIRECTS
                + " redirects or back to a URL already seen: "
                + String.join(" -> ", followed),
            followed);
      }
      if (!next.get().scheme().equals(at.scheme()) || next.get().port() != at.port()) {
        DialPlan.Planned planned = redial.apply(next.get());
        if (planned.dial().isEmpty()) {
          return new Result(
              ProbeClass.DNS_FAILURE,
              Optional.of(response),
              Optional.of(response.status()),
              millis(start),
              "redirected to " + next.get().display() + ", whose host does not resolve",
              followed);
        }
        dial = planned.dial().get();
      }
      at = next.get();
      followed.add(at.display());
    }
  }

  private static Optional<UrlParts> sameHost(WireResponse response, UrlParts at) {
    return response
        .header("location")
        .flatMap(at::resolve)
        .filter(u -> u.host().equalsIgnoreCase(at.host()));
  }

  static String describe(WireResponse response, ProbeClass outcome, UrlParts at) {
    String status = response.status() + " " + response.reason();
    return switch (outcome) {
      case AUTH_REDIRECT ->
          status
              + response
                  .header("location")
                  .map(l -> " to " + l)
                  .orElse(response.header("www-authenticate").map(w -> " (" + w + ")").orElse(""));
      case REDIRECT ->
          status
              + response.header("location").map(l -> " to " + l).orElse("")
              + (sameHost(response, at).isPresent()
                  ? " (same host, not followed)"
                  : " (another host, not followed)");
      default -> status;
    };
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
