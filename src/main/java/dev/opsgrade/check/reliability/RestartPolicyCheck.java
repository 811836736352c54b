package dev.opsgrade.check.reliability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.check.docker.HostSources;
import dev.opsgrade.check.docker.RunningContainerJudgements;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;

/** rel.restart-policy: a crashed container or a rebooted host must bring the service back. */
public final class RestartPolicyCheck implements Check {

  @Override
  public String id() {
    return "rel.restart-policy";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostSources.judge(
        evidence,
        findings,
        HostSources.Containers.RUNNING,
        running ->
            RunningContainerJudgements.finding(
                findings,
                running,
                RunningContainerJudgements.restartPolicy(running.data()),
                "restart policy " + running.data().restartPolicy()),
        view -> judge(view, findings));
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    String fix = "Set restart: unless-stopped on " + service.service();
    if (service.restart().isEmpty()) {
      return ServiceFindings.fail(
          findings,
          view,
          "no restart policy (Docker's default \"no\"): it stays down after a crash or a reboot",
          0,
          fix);
    }
    String policy = service.restart().get();
    if (!RestartPolicies.restarts(policy)) {
      return ServiceFindings.fail(
          findings,
          view,
          "restart: " + policy + " does not restart it after a crash or a reboot",
          0,
          fix + " instead of \"" + policy + "\"");
    }
    return ServiceFindings.pass(findings, view, "restart: " + policy, 0);
  }
}
