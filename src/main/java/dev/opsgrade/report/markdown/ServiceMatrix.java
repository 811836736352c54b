package dev.opsgrade.report.markdown;

import dev.opsgrade.check.routes.Expectation;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.Protection;
import dev.opsgrade.check.routes.RootCause;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.collect.tls.TlsCertificate;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rows of the service status matrix: one per probed route or endpoint, from the facts. */
final class ServiceMatrix {

  record Row(
      String route,
      String host,
      String url,
      String expected,
      String got,
      ProbeClass outcome,
      String p95,
      String tlsDays,
      String auth,
      boolean asExpected,
      String cause) {}

  private ServiceMatrix() {}

  static List<Row> rows(Evidence evidence) {
    Probes probes = Probes.of(evidence);
    RouteBook book = RouteBook.of(evidence);
    RootCause causes = new RootCause(evidence, book, probes);
    List<FactView<HttpProbe>> probed = new ArrayList<>(probes.of(HttpProbe.Kind.ROUTE));
    probed.addAll(probes.of(HttpProbe.Kind.ENDPOINT));
    List<Row> rows = new ArrayList<>();
    for (FactView<HttpProbe> view : probed) {
      HttpProbe probe = view.data();
      Expectation expected = Expectation.of(probe, book, evidence.inventory());
      boolean open = expected.protection().authenticates() && probe.outcome() == ProbeClass.OK;
      boolean met = !open && probe.samples().stream().allMatch(expected::met);
      rows.add(
          new Row(
              probe.router().or(probe::endpoint).orElse("-"),
              probe.host(),
              probe.url(),
              expected.describe().replaceAll(" \\(.*\\)$", ""),
              probe.status().map(String::valueOf).orElse("-"),
              probe.outcome(),
              probe
                  .p95Millis()
                  .map(ms -> String.format(Locale.ROOT, "%.2f s", ms / 1000.0))
                  .orElse("-"),
              tlsDays(evidence, probe),
              auth(expected.protection(), probe),
              met,
              met
                  ? ""
                  : open
                      ? "answers without auth although "
                          + expected.protection().describe()
                          + " is configured"
                      : causes.of(probe)));
    }
    rows.sort(
        Comparator.comparing(Row::asExpected).thenComparing(Row::route).thenComparing(Row::host));
    return rows;
  }

  private static String tlsDays(Evidence evidence, HttpProbe probe) {
    if (!probe.url().startsWith("https://")) {
      return "no TLS";
    }
    Optional<TlsCertificate> cert =
        evidence.all(TlsCertificate.class).stream()
            .map(FactView::data)
            .filter(c -> c.host().equalsIgnoreCase(probe.host()))
            .findFirst();
    if (cert.isEmpty() || cert.get().notAfter().isEmpty()) {
      return "-";
    }
    long days = Duration.between(evidence.now(), cert.get().notAfter().get()).toDays();
    String problem =
        cert.get().problems().isEmpty()
            ? ""
            : " (" + String.join("; ", cert.get().problems()) + ")";
    return (cert.get().notAfter().get().isBefore(evidence.now()) ? "expired" : days + "") + problem;
  }

  private static String auth(Protection protection, HttpProbe probe) {
    String configured =
        protection.any()
            ? String.join(
                ", ",
                protection.gates().stream().map(g -> g.kind() + " " + g.middleware()).toList())
            : "none";
    if (probe.outcome() == ProbeClass.AUTH_REDIRECT) {
      return configured + " (probe: auth gate)";
    }
    if (probe.outcome() == ProbeClass.OK && protection.authenticates()) {
      return configured + " (probe: NO auth)";
    }
    return configured;
  }
}
