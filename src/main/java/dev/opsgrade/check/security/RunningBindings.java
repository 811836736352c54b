package dev.opsgrade.check.security;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.RunningContainerJudgements;
import dev.opsgrade.check.docker.RunningContainerJudgements.Judgement;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** sec.public-binding of a container its engine reported: one finding, every public binding. */
final class RunningBindings {
  private RunningBindings() {}

  static Finding finding(
      Findings findings, FactView<DockerContainer> fact, Set<Integer> allowed, String listed) {
    List<Judgement> problems =
        RunningContainerJudgements.publicBindings(fact.data(), List.copyOf(allowed));
    return RunningContainerJudgements.finding(
        findings,
        fact,
        combined(problems, listed),
        "publishes no port on all interfaces outside the allowlist (" + listed + ")");
  }

  private static Optional<Judgement> combined(List<Judgement> problems, String listed) {
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Judgement(
            Status.FAIL,
            problems.stream().map(Judgement::message).collect(Collectors.joining("; "))
                + " (allowed on all interfaces: "
                + listed
                + ")",
            problems.stream().map(Judgement::fix).collect(Collectors.joining(" "))));
  }
}
