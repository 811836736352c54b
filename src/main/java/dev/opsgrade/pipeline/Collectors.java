package dev.opsgrade.pipeline;

import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.alertmanager.AlertmanagerCollector;
import dev.opsgrade.collect.ansible.AnsibleCollector;
import dev.opsgrade.collect.authelia.AutheliaCollector;
import dev.opsgrade.collect.borg.BorgCollector;
import dev.opsgrade.collect.compose.ComposeCollector;
import dev.opsgrade.collect.contabo.ContaboCollector;
import dev.opsgrade.collect.dns.DnsCollector;
import dev.opsgrade.collect.docker.DockerCollector;
import dev.opsgrade.collect.docs.DocsCollector;
import dev.opsgrade.collect.git.GitCollector;
import dev.opsgrade.collect.grafana.GrafanaCollector;
import dev.opsgrade.collect.http.HttpCollector;
import dev.opsgrade.collect.loki.LokiCollector;
import dev.opsgrade.collect.phases.PhasesCollector;
import dev.opsgrade.collect.prometheus.PrometheusCollector;
import dev.opsgrade.collect.records.RecordsCollector;
import dev.opsgrade.collect.restic.ResticCollector;
import dev.opsgrade.collect.tls.TlsCollector;
import dev.opsgrade.collect.todo.TodoCollector;
import dev.opsgrade.collect.traefik.TraefikCollector;
import dev.opsgrade.collect.waivers.WaiversCollector;
import java.util.List;

/** Every collector opsgrade runs. Adding a source system: its collector here. */
public final class Collectors {
  private Collectors() {}

  public static List<Collector> standard() {
    return List.of(
        new ComposeCollector(),
        new DockerCollector(),
        new GitCollector(),
        new DocsCollector(),
        new TodoCollector(),
        new PhasesCollector(),
        new RecordsCollector(),
        new ResticCollector(),
        new BorgCollector(),
        new WaiversCollector(),
        new PrometheusCollector(),
        new AlertmanagerCollector(),
        new GrafanaCollector(),
        new LokiCollector(),
        new TraefikCollector(),
        new AutheliaCollector(),
        new HttpCollector(),
        new TlsCollector(),
        new DnsCollector(),
        new ContaboCollector(),
        new AnsibleCollector());
  }
}
