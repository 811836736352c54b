package dev.opsgrade.check.security;

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

/** sec.privileged: a privileged container is root on the host. */
public final class PrivilegedCheck implements Check {

  @Override
  public String id() {
    return "sec.privileged";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostSources.judge(
        evidence,
        findings,
        HostSources.Containers.ALL,
        running ->
            RunningContainerJudgements.finding(
                findings,
                running,
                RunningContainerJudgements.privileged(running.data()),
                "does not run privileged"),
        view -> judge(view, findings));
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    if (service.privileged()) {
      return ServiceFindings.fail(
          findings,
          view,
          "runs privileged (privileged: true): root on " + service.host(),
          0,
          "Remove privileged: true from "
              + service.service()
              + " and grant only what it needs with cap_add: and devices:");
    }
    return ServiceFindings.pass(findings, view, "does not run privileged", 0);
  }
}
