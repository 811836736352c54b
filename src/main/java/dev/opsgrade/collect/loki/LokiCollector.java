package dev.opsgrade.collect.loki;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.webapi.ApiParts;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads Loki (monitoring.loki): for every inventory host, the newest log line carrying its host
 * label, over twice the allowed silence, through /loki/api/v1/query_range (newest first, one line).
 */
public final class LokiCollector implements Collector {
  public static final String NAME = "loki";
  static final String QUERY_RANGE = "/loki/api/v1/query_range";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return spec(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    MonitoringSpec.Loki spec = spec(inventory).orElseThrow();
    if (!spec.hostLabel().matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
      context.run(
          NAME,
          spec.url(),
          CollectorRun.Outcome.FAILED,
          "host_label '" + spec.hostLabel() + "' is not a valid Loki label name");
      return;
    }
    try (WebApi api = WebApi.of(spec.url(), context.timeout())) {
      ApiParts parts = new ApiParts(NAME, context, api);
      for (HostSpec host : inventory.hosts()) {
        read(host.name(), spec, api, parts, context);
      }
    }
  }

  private static void read(
      String host, MonitoringSpec.Loki spec, WebApi api, ApiParts parts, CollectContext context) {
    String selector = "{" + spec.hostLabel() + "=\"" + escape(host) + "\"}";
    Instant end = context.now();
    Duration window = spec.maxSilence().multipliedBy(2);
    Instant start = end.minus(window);
    String path =
        QUERY_RANGE
            + "?query="
            + URLEncoder.encode(selector, StandardCharsets.UTF_8)
            + "&start="
            + nanos(start)
            + "&end="
            + nanos(end)
            + "&limit=1&direction=backward";
    parts
        .read(path, () -> LokiAnswers.newest(api.getJson(path), api.url(path)))
        .ifPresent(
            newest ->
                context.fact(
                    host,
                    Location.url(api.url(path)),
                    new LokiHostLogs(
                        host,
                        selector,
                        start,
                        end,
                        newest.line(),
                        spec.maxSilence().toSeconds(),
                        newest.streams())));
  }

  private static String nanos(Instant at) {
    return at.getEpochSecond() + String.format("%09d", at.getNano());
  }

  /** A LogQL string literal: backslashes and quotes escaped. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static Optional<MonitoringSpec.Loki> spec(Inventory inventory) {
    return inventory.monitoring().flatMap(MonitoringSpec::loki);
  }
}
