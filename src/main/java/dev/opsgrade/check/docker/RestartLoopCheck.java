package dev.opsgrade.check.docker;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * rel.restart-loop: no container restarting now, and none restarted more than the threshold
 * (default 5) in the last 24 h of engine events.
 */
public final class RestartLoopCheck implements Check {
  public static final int DEFAULT_THRESHOLD = 5;
  private final int threshold;

  public RestartLoopCheck() {
    this(DEFAULT_THRESHOLD);
  }

  public RestartLoopCheck(int threshold) {
    this.threshold = threshold;
  }

  @Override
  public String id() {
    return "rel.restart-loop";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostChecks.each(evidence, findings, host -> judge(host, findings, evidence.now()));
  }

  private List<Finding> judge(HostEvidence host, Findings findings, Instant now) {
    List<Finding> result = new ArrayList<>();
    Optional<DockerEvents> events = host.events().map(FactView::data);
    for (FactView<DockerContainer> fact : host.containers()) {
      DockerContainer c = fact.data();
      if (c.startedAt().isEmpty()) {
        continue; // created, never started: nothing to loop
      }
      int restarts = Restarts.inWindow(c, events, now);
      String window = events.map(Restarts::window).orElse("");
      if (c.state().equals("restarting") || restarts > threshold) {
        String why =
            c.state().equals("restarting")
                ? "is restarting now (last exit code " + c.exitCode() + ")"
                : "restarted " + restarts + " times";
        result.add(
            findings.fail(
                c.subject(),
                why
                    + "; "
                    + restarts
                    + " restarts"
                    + window
                    + " (threshold "
                    + threshold
                    + "), "
                    + c.restartCount()
                    + " since created"
                    + Restarts.longest(events, c),
                fact.location(),
                List.of(fact.id()),
                "Read `docker logs --tail 50 "
                    + c.name()
                    + "` on "
                    + c.host()
                    + " from before the last exit (code "
                    + c.exitCode()
                    + ") and fix the crash."));
      } else if (events.isEmpty()) {
        result.add(
            findings.unverified(
                c.subject(),
                "no engine events for " + host.name() + " (restarts of 24 h unknown)"));
      } else {
        result.add(findings.pass(c.subject(), restarts + " restarts" + window, fact));
      }
    }
    if (result.isEmpty()) {
      result.add(
          findings.notApplicable(host.name(), "no container on " + host.name() + " has run"));
    }
    return result;
  }
}
