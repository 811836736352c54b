package dev.opsgrade.config;

import dev.opsgrade.model.inventory.HistorySpec;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.model.inventory.SloSpec;
import dev.opsgrade.serve.notify.MessageText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The small sections: probe, security, history, serve, slo. */
final class SettingsBinder {
  private SettingsBinder() {}

  static ProbeSpec probe(YamlMap probe) {
    probe.allowKeys("samples", "timeout", "resolvers", "ca");
    ProbeSpec defaults = InventoryDefaults.PROBE;
    return new ProbeSpec(
        probe.get("samples", Types.range(1, 1000), defaults.samples()),
        probe.get("timeout", Formats.DURATION_TYPE, defaults.timeout()),
        probe.list("resolvers", Formats.RESOLVER_TYPE),
        probe.get("ca", Types.TEXT));
  }

  static SecuritySpec security(YamlMap security) {
    security.allowKeys("public_ports_allowed");
    return security.has("public_ports_allowed")
        ? new SecuritySpec(security.list("public_ports_allowed", Formats.PORT))
        : InventoryDefaults.SECURITY;
  }

  static HistorySpec history(YamlMap history) {
    history.allowKeys("url", "user", "password", "password_file");
    return new HistorySpec(
        history.required("url", Formats.JDBC_URL_TYPE).orElse(""),
        history.get("user", Types.TEXT),
        history.secret("password"));
  }

  static ServeSpec serve(YamlMap serve) {
    serve.allowKeys(
        "listen",
        "password_file",
        "metrics_token",
        "metrics_token_file",
        "probe_interval",
        "assess_every",
        "raw_retention",
        "alert_after",
        "recover_after",
        "message",
        "maintenance",
        "public_badges");
    ServeSpec defaults = InventoryDefaults.SERVE;
    return new ServeSpec(
        serve.get("listen", Formats.LISTEN_TYPE, defaults.listen()),
        serve.get("password_file", Types.TEXT),
        serve.secret("metrics_token"),
        serve.get("probe_interval", Formats.DURATION_TYPE, defaults.probeInterval()),
        serve.get("assess_every", Formats.DURATION_TYPE, defaults.assessEvery()),
        serve.get("raw_retention", RAW_RETENTION, defaults.rawRetention()),
        serve.get("alert_after", Types.range(1, 1000), defaults.alertAfter()),
        serve.get("recover_after", Types.range(1, 1000), defaults.recoverAfter()),
        serve.get("message", MESSAGE, defaults.message()),
        serve.maps("maintenance").stream()
            .map(SettingsBinder::maintenance)
            .flatMap(Optional::stream)
            .toList(),
        serve.list("public_badges", Types.TEXT));
  }

  private static final ScalarType<Duration> RAW_RETENTION =
      scalar -> {
        Duration kept = Formats.DURATION_TYPE.parse(scalar);
        if (kept.compareTo(Duration.ofMinutes(1)) < 0) {
          throw new ScalarType.Bad(
              "raw probe results must be kept at least 1m, not " + scalar.shown());
        }
        return kept;
      };

  /** The placeholders are a fixed set: a name outside it is a typo, refused at load. */
  private static final ScalarType<String> MESSAGE =
      scalar -> {
        String text = Types.TEXT.parse(scalar);
        List<String> unknown = MessageText.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
          throw new ScalarType.Bad(
              "unknown placeholder {"
                  + String.join("}, {", unknown)
                  + "}: use {route}, {group}, {url}, {status}, {alert}, {class}, {since}, {at}"
                  + " or {detail}");
        }
        return text;
      };

  private static final ScalarType<Instant> INSTANT =
      scalar -> {
        String text = Types.TEXT.parse(scalar);
        try {
          return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
          throw new ScalarType.Bad(
              "'" + scalar.shown() + "' is not a time with its offset: write 2026-12-24T22:00:00Z");
        }
      };

  private static Optional<ServeSpec.Maintenance> maintenance(YamlMap window) {
    window.allowKeys("start", "end", "reason", "scope");
    Optional<Instant> start = window.required("start", INSTANT);
    Optional<Instant> end = window.required("end", INSTANT);
    String reason = window.get("reason", Types.TEXT, "maintenance");
    List<String> scope = window.list("scope", Types.TEXT);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      window.problem("end must be after start");
      return Optional.empty();
    }
    return Optional.of(new ServeSpec.Maintenance(start.get(), end.get(), reason, scope));
  }

  static SloSpec slo(YamlMap slo) {
    slo.allowKeys("target", "window");
    SloSpec defaults = InventoryDefaults.SLO;
    return new SloSpec(
        slo.get("target", Formats.PERCENT_TYPE, defaults.target()),
        slo.get("window", Formats.DURATION_TYPE, defaults.window()));
  }
}
