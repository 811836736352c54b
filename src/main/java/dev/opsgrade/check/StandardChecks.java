package dev.opsgrade.check;

import dev.opsgrade.check.docs.DocClaimsCheck;
import dev.opsgrade.check.docs.DocFreshnessCheck;
import dev.opsgrade.check.docs.DocInventoryCheck;
import java.util.List;

/** Every check opsgrade runs, in catalogue order. */
final class StandardChecks {
  private StandardChecks() {}

  static List<Check> all() {
    return List.of(
        awaiting("avail.route-status", "no proxy route or endpoint probes (HTTP collector)"),
        awaiting("avail.latency", "no HTTP probe latencies (HTTP collector)"),
        awaiting("avail.tls", "no TLS handshakes (TLS collector)"),
        awaiting("avail.dns", "no DNS lookups (DNS collector)"),
        awaiting("avail.backends", "no proxy backend status (Traefik API collector)"),
        awaiting("avail.uptime", "no probe history (opsgrade serve)"),
        awaiting("rel.unhealthy", "no container health status (Docker Engine collector)"),
        awaiting("rel.healthcheck", "no compose files or running containers"),
        awaiting("rel.restart-policy", "no compose files or running containers"),
        awaiting(
            "rel.restart-loop", "no restart counts or engine events (Docker Engine collector)"),
        awaiting("rel.memory-limit", "no compose files or running containers"),
        awaiting("rel.oom", "no OOM state or events (Docker Engine collector)"),
        awaiting("rel.declared-running", "no running containers (Docker Engine collector)"),
        awaiting("mon.targets-up", "no Prometheus targets (Prometheus collector)"),
        awaiting("mon.rules-healthy", "no Prometheus rule groups (Prometheus collector)"),
        awaiting("mon.key-alerts", "no Prometheus alert rules (Prometheus collector)"),
        awaiting("mon.retention", "no Prometheus flags (Prometheus collector)"),
        awaiting("mon.alert-delivery", "no test alert delivered (Alertmanager collector)"),
        awaiting("mon.dashboards", "no Grafana dashboards (Grafana collector)"),
        awaiting("mon.datasources", "no Grafana datasources (Grafana collector)"),
        awaiting("mon.logs-per-host", "no Loki log ages (Loki collector)"),
        awaiting("sec.public-binding", "no compose files or running containers"),
        awaiting("sec.auth-coverage", "no proxy routes with middlewares (Traefik collector)"),
        awaiting("sec.auth-bypass", "no compose files or running containers"),
        awaiting("sec.git-secrets", "no secret scan of the repositories (git collector)"),
        awaiting("sec.env-secrets", "no compose files"),
        awaiting("sec.gitignore", "no ignore rules of the repositories (git collector)"),
        awaiting("sec.docker-socket", "no compose files or running containers"),
        awaiting("sec.privileged", "no compose files or running containers"),
        awaiting("sec.https-redirect", "no HTTP probes (HTTP collector)"),
        awaiting("sec.hsts", "no HTTPS response headers (HTTP collector)"),
        new DocClaimsCheck(),
        new DocFreshnessCheck(),
        new DocInventoryCheck(),
        awaiting("doc.procedures-tested", "no drill or acceptance records"),
        awaiting("bak.backup-age", "no backup snapshots (restic/borg/provider collectors)"),
        awaiting("bak.retention", "no backup snapshots (restic/borg collectors)"),
        awaiting("bak.integrity", "no repository check (restic/borg collectors)"),
        awaiting("bak.restore-drill", "no restore drill recorded (opsgrade drill)"),
        awaiting("bak.playbooks", "no playbook syntax checks (ansible collector)"),
        awaiting("chg.repo-clean", "no repository status (git collector)"),
        awaiting("chg.repo-pushed", "no upstream comparison (git collector)"),
        awaiting("chg.drift", "no running containers to compare (Docker Engine collector)"),
        awaiting("chg.compose-valid", "no compose files"),
        awaiting("acc.phase-signoff", "no acceptance records (phases)"),
        awaiting("acc.done-but-failing", "no TODO or status items linked to checks"),
        awaiting("acc.conditional-expired", "no acceptance records (phases)"));
  }

  private static Check awaiting(String id, String missing) {
    return new AwaitingCollector(id, missing);
  }
}
