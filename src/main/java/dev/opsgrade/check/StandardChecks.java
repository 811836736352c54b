package dev.opsgrade.check;

import dev.opsgrade.check.acceptance.ConditionalExpiredCheck;
import dev.opsgrade.check.acceptance.DoneButFailingCheck;
import dev.opsgrade.check.acceptance.PhaseSignoffCheck;
import dev.opsgrade.check.availability.BackendsCheck;
import dev.opsgrade.check.availability.DnsCheck;
import dev.opsgrade.check.availability.LatencyCheck;
import dev.opsgrade.check.availability.RouteStatusCheck;
import dev.opsgrade.check.availability.TlsCheck;
import dev.opsgrade.check.backup.BackupAgeCheck;
import dev.opsgrade.check.backup.BackupRetentionCheck;
import dev.opsgrade.check.backup.IntegrityCheck;
import dev.opsgrade.check.backup.PlaybooksCheck;
import dev.opsgrade.check.backup.RestoreDrillCheck;
import dev.opsgrade.check.backup.SnapshotAgeCheck;
import dev.opsgrade.check.change.ComposeValidCheck;
import dev.opsgrade.check.docker.DeclaredRunningCheck;
import dev.opsgrade.check.docker.DriftCheck;
import dev.opsgrade.check.docker.OomCheck;
import dev.opsgrade.check.docker.RestartLoopCheck;
import dev.opsgrade.check.docker.UnhealthyCheck;
import dev.opsgrade.check.docs.DocClaimsCheck;
import dev.opsgrade.check.docs.DocFreshnessCheck;
import dev.opsgrade.check.docs.DocInventoryCheck;
import dev.opsgrade.check.docs.ProceduresTestedCheck;
import dev.opsgrade.check.git.GitSecretsCheck;
import dev.opsgrade.check.git.GitignoreCheck;
import dev.opsgrade.check.git.RepoCleanCheck;
import dev.opsgrade.check.git.RepoPushedCheck;
import dev.opsgrade.check.monitoring.AlertDeliveryCheck;
import dev.opsgrade.check.monitoring.DashboardsCheck;
import dev.opsgrade.check.monitoring.DatasourcesCheck;
import dev.opsgrade.check.monitoring.KeyAlertsCheck;
import dev.opsgrade.check.monitoring.LogsPerHostCheck;
import dev.opsgrade.check.monitoring.RetentionCheck;
import dev.opsgrade.check.monitoring.RulesHealthyCheck;
import dev.opsgrade.check.monitoring.TargetsUpCheck;
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
        new UnhealthyCheck(),
        new RestartLoopCheck(),
        new OomCheck(),
        new DeclaredRunningCheck(),
        new TargetsUpCheck(),
        new RulesHealthyCheck(),
        new KeyAlertsCheck(),
        new RetentionCheck(),
        new AlertDeliveryCheck(),
        new DashboardsCheck(),
        new DatasourcesCheck(),
        new LogsPerHostCheck(),
        new AuthCoverageCheck(),
        new GitSecretsCheck(),
        new GitignoreCheck(),
        new HttpsRedirectCheck(),
        new HstsCheck(),
        new DocClaimsCheck(),
        new DocFreshnessCheck(),
        new DocInventoryCheck(),
        new ProceduresTestedCheck(),
        new BackupAgeCheck(),
        new BackupRetentionCheck(),
        new IntegrityCheck(),
        new RestoreDrillCheck(),
        new PlaybooksCheck(),
        new SnapshotAgeCheck(),
        new RepoCleanCheck(),
        new RepoPushedCheck(),
        new DriftCheck(),
        new PhaseSignoffCheck(),
        new DoneButFailingCheck(),
        new ConditionalExpiredCheck(),
        new HealthcheckCheck(),
        new RestartPolicyCheck(),
        new MemoryLimitCheck(),
        new PublicBindingCheck(),
        new AuthBypassCheck(),
        new EnvSecretsCheck(),
        new DockerSocketCheck(),
        new PrivilegedCheck(),
        new ComposeValidCheck());
  }

  private static Check awaiting(String id, String missing) {
    return new AwaitingCollector(id, missing);
  }
}
