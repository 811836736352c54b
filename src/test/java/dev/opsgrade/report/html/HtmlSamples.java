package dev.opsgrade.report.html;

import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.report.Estates;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.TrendPoint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample estate's assessments with what the HTML report draws beside them: the grade trend and
 * HTTP probe facts shaped as the availability collector records them (kind "http.probe").
 */
final class HtmlSamples {
  /** A service name that would run script and fetch an image if it reached the page unescaped. */
  static final String INJECTION =
      "<img src=\"http://203.0.113.7/p.png\" onerror=\"document.title='pwned'\">"
          + "<script>document.title='pwned'</script>wiki&co";

  private HtmlSamples() {}

  static List<TrendPoint> trend() {
    Assessment week1 = Estates.firstAssessment();
    Assessment week2 = Estates.gradeFell();
    return List.of(
        new TrendPoint(Instant.parse("2026-11-06T06:00:00Z"), 64.2, "C"),
        point(week1),
        point(week2));
  }

  static TrendPoint point(Assessment assessment) {
    return new TrendPoint(
        assessment.collectedAt(), assessment.grade().score(), assessment.grade().letter());
  }

  /** Route probes of three services, one of them with a hostile name. */
  static Evidence probes() {
    Instant at = Instant.parse("2026-11-20T06:00:00Z");
    List<Fact> facts =
        List.of(
            probe("https://grafana.example.net", "grafana@docker", "AUTH_REDIRECT", 302, 64, at),
            probe("https://cloud.example.net", "nextcloud@docker", "OK", 200, 1840, at),
            probe("https://wiki.example.net", INJECTION, "SERVER_ERROR", 502, 31, at));
    return new Evidence(
        new EvidenceBundle(
            EvidenceBundle.FORMAT_VERSION,
            "test",
            at,
            inventory(),
            List.of(new CollectorRun("http", "homelab", CollectorRun.Outcome.OK, "3 probes")),
            facts));
  }

  private static Fact probe(
      String url, String router, String outcome, int status, long p95, Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", "ROUTE");
    data.put("host", url.substring("https://".length()));
    data.put("url", url);
    data.put("dialled", "203.0.113.10:443");
    data.put("router", router);
    data.put("outcome", outcome);
    data.put("status", status);
    data.put("samples", List.of(Map.of("outcome", outcome, "status", status, "millis", p95)));
    data.put("p95_millis", p95);
    data.put("detail", status + " in " + p95 + " ms");
    return new Fact(
        "http.probe:" + router,
        "http.probe",
        router,
        Provenance.of("http", Location.url(url), at),
        Json.toTree(data));
  }

  /** The least inventory there is, through the real loader (the matrix reads only facts). */
  private static Inventory inventory() {
    return InventoryLoader.load(Path.of("src/test/resources/config/valid/minimal.yaml"), Map.of());
  }
}
