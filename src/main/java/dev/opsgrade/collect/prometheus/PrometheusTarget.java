package dev.opsgrade.collect.prometheus;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One active scrape target: its health ("up", "down", "unknown" before the first scrape), the error
 * of its last scrape and when that was. Labels are the target's labels after relabelling.
 */
@FactKind("prometheus.target")
public record PrometheusTarget(
    String scrapePool,
    String job,
    String instance,
    String scrapeUrl,
    String health,
    String lastError,
    Optional<Instant> lastScrape,
    Optional<Double> lastScrapeSeconds,
    Map<String, String> labels) {

  public String subject() {
    return job + "/" + instance;
  }

  public boolean up() {
    return health.equals("up");
  }
}
