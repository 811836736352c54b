package dev.opsgrade.collect.http;

import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.traefik.DialPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the samples of one URL one after another (never in parallel, so a probe adds no load burst)
 * and sums them up in an {@link HttpProbe}. After a sample that timed out it stops: a server that
 * hangs once hangs again, and waiting for it N times would make the whole run as slow as the sum of
 * its timeouts.
 */
final class Prober {
  /** What to probe and how its answer is labelled. */
  record Request(
      HttpProbe.Kind kind,
      UrlParts url,
      DialPlan.Planned planned,
      Optional<String> router,
      Optional<String> service,
      Optional<String> endpoint,
      boolean follow) {}

  private final Exchange exchange;
  private final int samples;

  Prober(Exchange exchange, int samples) {
    this.exchange = exchange;
    this.samples = Math.max(1, samples);
  }

  HttpProbe probe(Request request) {
    if (request.planned().dial().isEmpty()) {
      String why =
          request.url().host()
              + " does not resolve: "
              + request.planned().resolution().outcome()
              + " "
              + request.planned().resolution().detail();
      HttpProbe.Sample sample =
          new HttpProbe.Sample(
              ProbeClass.DNS_FAILURE,
              Optional.empty(),
              request.planned().resolution().took().toMillis(),
              why);
      return build(request, "-", List.of(sample), Optional.empty(), List.of(), why);
    }
    List<HttpProbe.Sample> taken = new ArrayList<>();
    Exchange.Result last = null;
    for (int i = 0;
        i
            < (request.kind() == HttpProbe.Kind.ROUTE || request.kind() == HttpProbe.Kind.ENDPOINT
                ? samples
                : 1);
        i++) {
      last = exchange.run(request.planned().dial().get(), request.url(), request.follow());
      taken.add(new HttpProbe.Sample(last.outcome(), last.status(), last.millis(), last.detail()));
      if (last.outcome() == ProbeClass.TIMEOUT) {
        break;
      }
    }
    return build(
        request,
        request.planned().dial().get().dialled(),
        taken,
        Optional.of(last),
        last.followed(),
        last.detail());
  }

  private static HttpProbe build(
      Request request,
      String dialled,
      List<HttpProbe.Sample> taken,
      Optional<Exchange.Result> last,
      List<String> followed,
      String detail) {
    ProbeClass outcome = overall(taken);
    List<Long> answered =
        taken.stream()
            .filter(s -> s.outcome().answered())
            .map(HttpProbe.Sample::millis)
            .sorted()
            .toList();
    var response = last.flatMap(Exchange.Result::last);
    String summary =
        taken.size() == 1
            ? detail
            : outcome.label()
                + " in "
                + count(taken, outcome)
                + " of "
                + taken.size()
                + " samples; last: "
                + detail;
    return new HttpProbe(
        request.kind(),
        request.url().host(),
        request.url().display(),
        dialled,
        request.router(),
        request.service(),
        request.endpoint(),
        outcome,
        last.flatMap(Exchange.Result::status),
        List.copyOf(taken),
        percentile(answered, 50),
        percentile(answered, 95),
        response.flatMap(r -> r.header("location")),
        response.flatMap(r -> r.header("www-authenticate")),
        response.flatMap(r -> r.header("strict-transport-security")),
        response.flatMap(r -> r.header("server")),
        followed,
        summary);
  }

  /**
   * The samples latency is computed from: all but the first when there are several, because the
   * first carries the client's one-time costs (class loading, JIT, a cold TLS stack) that no user
   * of the route pays.
   */
  static List<HttpProbe.Sample> warm(List<HttpProbe.Sample> taken) {
    return taken.size() > 1 ? taken.subList(1, taken.size()) : taken;
  }

  /** The samples' class when they agree, else the most frequent class that is not OK. */
  static ProbeClass overall(List<HttpProbe.Sample> taken) {
    Map<ProbeClass, Integer> counts = new EnumMap<>(ProbeClass.class);
    taken.forEach(s -> counts.merge(s.outcome(), 1, Integer::sum));
    if (counts.size() == 1) {
      return counts.keySet().iterator().next();
    }
    return counts.entrySet().stream()
        .filter(e -> e.getKey() != ProbeClass.OK)
        .max(
            Comparator.comparing(Map.Entry<ProbeClass, Integer>::getValue)
                .thenComparing(e -> -e.getKey().ordinal()))
        .map(Map.Entry::getKey)
        .orElse(ProbeClass.OK);
  }

  private static long count(List<HttpProbe.Sample> taken, ProbeClass outcome) {
    return taken.stream().filter(s -> s.outcome() == outcome).count();
  }

  /** Nearest-rank percentile. */
  static Optional<Long> percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Optional.of(sorted.get(Math.max(0, rank - 1)));
  }
}
