package dev.opsgrade.check.docker;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a running (or created) container is judged for the checks that also read compose files:
 * sec.privileged, sec.docker-socket, sec.public-binding, rel.memory-limit, rel.healthcheck,
 * rel.restart-policy. Each returns the problem, or nothing when the container is fine. The
 * compose-based checks call these for a host whose engine was read ({@link DockerHosts}), and judge
 * its compose files only where it was not.
 */
public final class RunningContainerJudgements {
  private static final Set<String> SOCKETS = Set.of("/var/run/docker.sock", "/run/docker.sock");
  private static final double MEMORY_WARN = 0.9;

  private RunningContainerJudgements() {}

  /** A problem found: FAIL or WARN, what is wrong, how to fix it for this container. */
  public record Judgement(Status status, String message, String fix) {}

  public static Optional<Judgement> privileged(DockerContainer c) {
    if (!c.privileged()) {
      return Optional.empty();
    }
    return Optional.of(
        new Judgement(
            Status.FAIL,
            "runs privileged (HostConfig.Privileged): root on " + c.host(),
            "Remove `privileged: true` from "
                + c.name()
                + " and grant only the capabilities"
                + " (cap_add) or devices it needs, then recreate it."));
  }

  public static Optional<Judgement> dockerSocket(DockerContainer c) {
    return c.mounts().stream()
        .filter(m -> SOCKETS.contains(m.source()) || m.source().endsWith("/docker.sock"))
        .findFirst()
        .map(
            m ->
                new Judgement(
                    m.readWrite() ? Status.FAIL : Status.WARN,
                    "mounts the Docker socket "
                        + m.source()
                        + " at "
                        + m.destination()
                        + (m.readWrite()
                            ? " read-write"
                            : " read-only (the API still accepts writes)"),
                    "Put a socket proxy (e.g. tecnativa/docker-socket-proxy with only the API"
                        + " sections "
                        + c.name()
                        + " needs) in front of the socket instead of mounting it."));
  }

  /** Ports published on all interfaces whose host port is not in the allowlist. */
  public static List<Judgement> publicBindings(DockerContainer c, List<Integer> allowed) {
    List<Judgement> problems = new ArrayList<>();
    for (DockerContainer.PublishedPort port : c.ports()) {
      if (!port.onAllInterfaces() || allowedPort(port, allowed)) {
        continue;
      }
      problems.add(
          new Judgement(
              Status.FAIL,
              "publishes " + port.display() + " on all interfaces",
              "Bind it to 127.0.0.1 (\"127.0.0.1:"
                  + (port.hostPort().isEmpty() ? port.containerPort() : port.hostPort())
                  + ":"
                  + port.containerPort()
                  + "\") or reach "
                  + c.name()
                  + " through the proxy."));
    }
    return problems;
  }

  private static boolean allowedPort(DockerContainer.PublishedPort port, List<Integer> allowed) {
    try {
      return !port.hostPort().isEmpty() && allowed.contains(Integer.parseInt(port.hostPort()));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** No limit: FAIL. Current usage above 90 % of the limit: WARN. */
  public static Optional<Judgement> memoryLimit(DockerContainer c) {
    if (c.memoryLimitBytes().isEmpty()) {
      return Optional.of(
          new Judgement(
              Status.FAIL,
              "no memory limit"
                  + c.memoryUsageBytes().map(u -> " (uses " + mib(Optional.of(u)) + ")").orElse(""),
              "Set mem_limit on " + c.name() + " a little above its peak usage."));
    }
    long limit = c.memoryLimitBytes().get();
    if (c.memoryUsageBytes().isPresent() && c.memoryUsageBytes().get() > MEMORY_WARN * limit) {
      return Optional.of(
          new Judgement(
              Status.WARN,
              "uses "
                  + mib(c.memoryUsageBytes())
                  + " of its "
                  + mib(c.memoryLimitBytes())
                  + " limit (above 90 %)",
              "Raise the memory limit of " + c.name() + " or find why its usage grows."));
    }
    return Optional.empty();
  }

  public static Optional<Judgement> healthcheck(DockerContainer c) {
    if (c.healthcheckDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        new Judgement(
            Status.FAIL,
            "has no healthcheck (neither its image nor its configuration defines one)",
            "Add a healthcheck to "
                + c.name()
                + " that exercises the service (an HTTP GET or a client command)."));
  }

  public static Optional<Judgement> restartPolicy(DockerContainer c) {
    if (!c.restartPolicy().equals("no") && !c.restartPolicy().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Judgement(
            Status.FAIL,
            "has no restart policy: a crash or a reboot leaves it down",
            "Set `restart: unless-stopped` on " + c.name() + " and recreate it."));
  }

  /**
   * The finding for one container of a check: FAIL with the judgement's fix, WARN, or PASS with
   * {@code fine} when there is no judgement. For the compose-based checks' running branch.
   */
  public static Finding finding(
      Findings findings,
      FactView<DockerContainer> fact,
      Optional<Judgement> judgement,
      String fine) {
    DockerContainer c = fact.data();
    if (judgement.isEmpty()) {
      return findings.pass(c.subject(), fine, fact);
    }
    Judgement j = judgement.get();
    if (j.status() == Status.FAIL) {
      return findings.fail(c.subject(), j.message(), fact.location(), List.of(fact.id()), j.fix());
    }
    return findings.about(j.status(), c.subject(), j.message(), fact);
  }

  static String mib(Optional<Long> bytes) {
    return bytes.map(b -> (b >> 20) + " MiB").orElse("none");
  }
}
