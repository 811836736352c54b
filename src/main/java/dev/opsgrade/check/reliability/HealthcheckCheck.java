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

/**
 * rel.healthcheck: a service needs a healthcheck, or nothing can tell a hung service from a working
 * one. Compose cannot see a HEALTHCHECK baked into the image; the running container can.
 */
public final class HealthcheckCheck implements Check {

  @Override
  public String id() {
    return "rel.healthcheck";
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
                RunningContainerJudgements.healthcheck(running.data()),
                "has a healthcheck (" + running.data().health().orElse("no status yet") + ")"),
        view -> judge(view, findings));
  }

  /** A test given and not disabled ("disable: true", or the test NONE). */
  public static boolean active(boolean disabled, List<String> test) {
    return !disabled && !test.isEmpty() && !test.getFirst().equalsIgnoreCase("NONE");
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    String fix =
        "Add a healthcheck: to "
            + service.service()
            + " whose test exercises it (an HTTP GET of a health URL, or a client command)";
    if (service.healthcheck().isEmpty()) {
      return ServiceFindings.fail(
          findings, view, "no healthcheck in compose (unless its image defines one)", 0, fix);
    }
    ComposeService.Healthcheck check = service.healthcheck().get();
    if (!active(check.disabled(), check.test())) {
      return ServiceFindings.fail(
          findings,
          view,
          "healthcheck disabled" + (check.disabled() ? "" : " (no test)"),
          check.line(),
          fix + " instead of disabling it");
    }
    return ServiceFindings.pass(
        findings, view, "healthcheck: " + String.join(" ", check.test()), check.line());
  }
}
