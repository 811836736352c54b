package dev.opsgrade.serve.web;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * /metrics in the Prometheus text format: the grade, category scores and check results of the
 * latest assessment, and per monitor the last probe, its latency, availability and SLO budget. Each
 * scrape reads the history once; the gauges read that snapshot.
 */
final class DashboardMetrics {
  static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Supplier<MetricsScrape> source;
  private MetricsScrape current = MetricsScrape.EMPTY;

  DashboardMetrics(String inventory, Supplier<MetricsScrape> source) {
    this.source = source;
    gauge(
        "opsgrade_grade",
        "The overall score (0-100) of the latest assessment.",
        cb -> current.latest().ifPresent(a -> cb.call(a.grade().score(), inventory)),
        "inventory");
    gauge(
        "opsgrade_production_ready",
        "1 when the latest assessment is production ready.",
        cb ->
            current
                .latest()
                .ifPresent(a -> cb.call(a.grade().productionReady() ? 1 : 0, inventory)),
        "inventory");
    gauge(
        "opsgrade_category_score",
        "The score (0-100) of each category that was judged.",
        cb -> current.latest().ifPresent(a -> categories(a, inventory, cb)),
        "inventory",
        "category");
    gauge(
        "opsgrade_check_results",
        "Findings of the latest assessment by check and status.",
        cb -> current.latest().ifPresent(a -> checks(a, inventory, cb)),
        "inventory",
        "check",
        "status");
    services();
  }

  private void services() {
    gauge(
        "opsgrade_probe_up",
        "1 when the last probe (15 min) of a monitor succeeded.",
        cb ->
            current
                .services()
                .forEach(s -> s.last().ifPresent(p -> cb.call(p.ok() ? 1 : 0, s.name()))),
        "monitor");
    gauge(
        "opsgrade_probe_latency_seconds",
        "The latency of a monitor's last probe.",
        cb ->
            current
                .services()
                .forEach(s -> s.last().ifPresent(p -> cb.call(p.latencyMillis() / 1000, s.name()))),
        "monitor");
    gauge(
        "opsgrade_probe_availability_ratio",
        "Successful probes over all probes in a window.",
        cb ->
            current
                .services()
                .forEach(
                    s -> {
                      s.day().ifPresent(v -> cb.call(v, s.name(), "24h"));
                      s.week().ifPresent(v -> cb.call(v, s.name(), "7d"));
                      s.month().ifPresent(v -> cb.call(v, s.name(), "30d"));
                    }),
        "monitor",
        "window");
    gauge(
        "opsgrade_slo_error_budget_remaining_ratio",
        "Share of the SLO's error budget left (1 untouched, below 0 overspent).",
        cb ->
            current
                .services()
                .forEach(
                    s -> {
                      if (s.slo().availability().isPresent()) {
                        cb.call(s.slo().budgetLeft(), s.name());
                      }
                    }),
        "monitor");
  }

  private void gauge(
      String name, String help, Consumer<GaugeWithCallback.Callback> callback, String... labels) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(labels)
        .callback(callback)
        .register(registry);
  }

  /** The text exposition of one fresh snapshot; scrapes take turns. */
  synchronized String scrape() {
    current = source.get();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PrometheusTextFormatWriter(false)
          .write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
      return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the metrics", e);
    } finally {
      current = MetricsScrape.EMPTY;
    }
  }

  private static void categories(Assessment a, String inventory, GaugeWithCallback.Callback cb) {
    for (CategoryScore category : a.categories()) {
      category
          .score()
          .ifPresent(s -> cb.call(s, inventory, category.id().name().toLowerCase(Locale.ROOT)));
    }
  }

  private static void checks(Assessment a, String inventory, GaugeWithCallback.Callback cb) {
    Map<String, Map<Status, Integer>> counts = new TreeMap<>();
    for (Finding finding : a.findings()) {
      counts
          .computeIfAbsent(finding.check(), c -> new TreeMap<>())
          .merge(finding.status(), 1, Integer::sum);
    }
    counts.forEach(
        (check, byStatus) ->
            byStatus.forEach(
                (status, n) ->
                    cb.call(n, inventory, check, status.name().toLowerCase(Locale.ROOT))));
  }
}
