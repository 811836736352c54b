package dev.opsgrade.collect.http;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * Probes of one URL: what was asked (a route through the proxy, an inventory endpoint, a route's
 * plain-HTTP entrypoint, or a server behind a route reached directly), where it was sent, every
 * sample's class, status and time, latency percentiles of the samples that got an answer, and the
 * headers that matter for judging it (Location, WWW-Authenticate, Strict-Transport-Security).
 * {@code outcome} is the samples' class when they agree, else the most frequent failing class.
 */
@FactKind("http.probe")
public record HttpProbe(
    Kind kind,
    String host,
    String url,
    String dialled,
    Optional<String> router,
    Optional<String> service,
    Optional<String> endpoint,
    ProbeClass outcome,
    Optional<Integer> status,
    List<Sample> samples,
    Optional<Long> p50Millis,
    Optional<Long> p95Millis,
    Optional<String> location,
    Optional<String> wwwAuthenticate,
    Optional<String> hsts,
    Optional<String> server,
    List<String> redirects,
    String detail) {

  public enum Kind {
    ROUTE,
    ENDPOINT,
    PLAIN_HTTP,
    DIRECT
  }

  public record Sample(ProbeClass outcome, Optional<Integer> status, long millis, String detail) {}

  public long samplesLike(ProbeClass wanted) {
    return samples.stream().filter(s -> s.outcome() == wanted).count();
  }
}
