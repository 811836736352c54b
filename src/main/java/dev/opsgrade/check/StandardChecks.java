package dev.opsgrade.check;

import dev.opsgrade.check.availability.BackendsCheck;
import dev.opsgrade.check.availability.DnsCheck;
import dev.opsgrade.check.availability.LatencyCheck;
import dev.opsgrade.check.availability.RouteStatusCheck;
import dev.opsgrade.check.availability.TlsCheck;
import dev.opsgrade.check.change.ComposeValidCheck;
import dev.opsgrade.check.reliability.HealthcheckCheck;
import dev.opsgrade.check.reliability.MemoryLimitCheck;
import dev.opsgrade.check.reliability.RestartPolicyCheck;
import dev.opsgrade.check.security.AuthBypassCheck;
import dev.opsgrade.check.security.AuthCoverageCheck;
import dev.opsgrade.check.security.DockerSocketCheck;
import dev.opsgrade.check.security.EnvSecretsCheck;
import dev.opsgrade.check.security.HstsCheck;
import dev.opsgrade.check.security.HttpsRedirectCheck;
import dev.opsgrade.check.security.PrivilegedCheck;
import dev.opsgrade.check.security.PublicBindingCheck;
import java.util.List;

/** Every check opsgrade runs, in catalogue order. */
final class StandardChecks {
  private StandardChecks() {}

  static List<Check> all() {
    return List.of(
        new RouteStatusCheck(),
        new LatencyCheck(),
        new TlsCheck(),
        new DnsCheck(),
        new BackendsCheck(),
        awaiting("avail.uptime", "no probe history (opsgrade serve)"),
        awaiting("rel.unhealthy", "no container health status (Docker Engine collector)"),
        new HealthcheckCheck(),
        new RestartPolicyCheck(),
        awaiting(
            "rel.restart-loop", "no restart counts or engine events (Docker Engine collector)"),
        new MemoryLimitCheck(),
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
        new PublicBindingCheck(),
        new AuthCoverageCheck(),
        new AuthBypassCheck(),
        awaiting("sec.git-secrets", "no secret scan of the repositories (git collector)"),
        new EnvSecretsCheck(),
        awaiting("sec.gitignore", "no ignore rules of the repositories (git collector)"),
        new DockerSocketCheck(),
        new PrivilegedCheck(),
        new HttpsRedirectCheck(),
        new HstsCheck(),
        awaiting("doc.claims", "no claims read from the docs (docs collector)"),
        awaiting("doc.freshness", "no doc change dates (docs collector)"),
        awaiting("doc.inventory", "no doc inventory read (docs collector)"),
        awaiting("doc.procedures-tested", "no drill or acceptance records"),
        awaiting("bak.backup-age", "no backup snapshots (restic/borg/provider collectors)"),
        awaiting("bak.retention", "no backup snapshots (restic/borg collectors)"),
        awaiting("bak.integrity", "no repository check (restic/borg collectors)"),
        awaiting("bak.restore-drill", "no restore drill recorded (opsgrade drill)"),
        awaiting("bak.playbooks", "no playbook syntax checks (ansible collector)"),
        awaiting("chg.repo-clean", "no repository status (git collector)"),
        awaiting("chg.repo-pushed", "no upstream comparison (git collector)"),
        awaiting("chg.drift", "no running containers to compare (Docker Engine collector)"),
        new ComposeValidCheck(),
        awaiting("acc.phase-signoff", "no acceptance records (phases)"),
        awaiting("acc.done-but-failing", "no TODO or status items linked to checks"),
        awaiting("acc.conditional-expired", "no acceptance records (phases)"));
  }

  private static Check awaiting(String id, String missing) {
    return new AwaitingCollector(id, missing);
  }
}
