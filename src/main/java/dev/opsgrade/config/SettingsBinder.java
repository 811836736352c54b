package dev.opsgrade.config;

import dev.opsgrade.model.inventory.HistorySpec;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.model.inventory.SloSpec;

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
        "assess_every");
    ServeSpec defaults = InventoryDefaults.SERVE;
    return new ServeSpec(
        serve.get("listen", Formats.LISTEN_TYPE, defaults.listen()),
        serve.get("password_file", Types.TEXT),
        serve.secret("metrics_token"),
        serve.get("probe_interval", Formats.DURATION_TYPE, defaults.probeInterval()),
        serve.get("assess_every", Formats.DURATION_TYPE, defaults.assessEvery()));
  }

  static SloSpec slo(YamlMap slo) {
    slo.allowKeys("target", "window");
    SloSpec defaults = InventoryDefaults.SLO;
    return new SloSpec(
        slo.get("target", Formats.PERCENT_TYPE, defaults.target()),
        slo.get("window", Formats.DURATION_TYPE, defaults.window()));
  }
}
