package dev.opsgrade.collect.testing;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inventories with a monitoring section, as the loader would make them, and their contexts. */
public final class TestInventories {
  public static final List<String> HOSTS = List.of("master", "lady");

  private TestInventories() {}

  public static Inventory with(MonitoringSpec monitoring) {
    List<HostSpec> hosts =
        HOSTS.stream()
            .map(
                h ->
                    new HostSpec(
                        h, Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
            .toList();
    return new Inventory(
        "homelab",
        ".",
        "opsgrade.yaml",
        hosts,
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.of(monitoring),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  public static MonitoringSpec prometheus(String url, List<String> keyAlerts) {
    return new MonitoringSpec(
        Optional.of(new MonitoringSpec.Prometheus(url, keyAlerts)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static MonitoringSpec alertmanager(MonitoringSpec.Alertmanager alertmanager) {
    return new MonitoringSpec(
        Optional.empty(), Optional.of(alertmanager), Optional.empty(), Optional.empty());
  }

  public static MonitoringSpec grafana(MonitoringSpec.Grafana grafana) {
    return new MonitoringSpec(
        Optional.empty(), Optional.empty(), Optional.of(grafana), Optional.empty());
  }

  public static MonitoringSpec loki(MonitoringSpec.Loki loki) {
    return new MonitoringSpec(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(loki));
  }

  public static CollectContext context(Path baseDir, Map<String, String> env, boolean testAlert) {
    return context(baseDir, env, testAlert, Clock.systemUTC());
  }

  public static CollectContext context(
      Path baseDir, Map<String, String> env, boolean testAlert, Clock clock) {
    return new CollectContext(
        baseDir,
        clock,
        Duration.ofSeconds(3),
        env,
        new CollectContext.Options(testAlert, Optional.empty()));
  }
}
