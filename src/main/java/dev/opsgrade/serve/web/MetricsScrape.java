package dev.opsgrade.serve.web;

import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;

/** What one scrape of /metrics reports: read once per scrape, then handed to every gauge. */
record MetricsScrape(Optional<Assessment> latest, List<ServiceRow> services) {
  static final MetricsScrape EMPTY = new MetricsScrape(Optional.empty(), List.of());
}
