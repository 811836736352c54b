package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.check.docker.HostSources;
import dev.opsgrade.check.docker.RunningContainerJudgements;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.compose.ComposeService.VolumeMount;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** sec.docker-socket: the Docker socket is root on the host; writable is a failure. */
public final class DockerSocketCheck implements Check {
  private static final String PROXY_FIX =
      " behind a socket proxy (e.g. tecnativa/docker-socket-proxy) that allows only the API"
          + " calls it needs";

  @Override
  public String id() {
    return "sec.docker-socket";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<Finding> result = new ArrayList<>(EngineEndpoints.judge(evidence.inventory(), findings));
    result.addAll(
        HostSources.judge(
            evidence,
            findings,
            HostSources.Containers.ALL,
            running ->
                RunningContainerJudgements.finding(
                    findings,
                    running,
                    RunningContainerJudgements.dockerSocket(running.data()),
                    "does not mount the Docker socket"),
            view -> judge(view, findings)));
    return result;
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    List<VolumeMount> sockets =
        service.volumes().stream()
            .filter(v -> !v.type().equals("tmpfs") && !v.type().equals("volume"))
            .filter(v -> DockerSocket.exposes(v.source()))
            .toList();
    List<VolumeMount> writable = sockets.stream().filter(v -> !v.readOnly()).toList();
    if (!writable.isEmpty()) {
      return ServiceFindings.fail(
          findings,
          view,
          "mounts the Docker socket writable: " + describe(writable),
          writable.getFirst().file(),
          writable.getFirst().line(),
          "Give "
              + service.service()
              + " the socket"
              + PROXY_FIX
              + ", or at least mount "
              + writable.getFirst().source()
              + " read-only (\":ro\")");
    }
    if (!sockets.isEmpty()) {
      return ServiceFindings.warn(
          findings,
          view,
          "mounts the Docker socket read-only: "
              + describe(sockets)
              + " (\":ro\" does not stop API calls through the socket)",
          sockets.getFirst().file(),
          sockets.getFirst().line(),
          "Give " + service.service() + " the socket" + PROXY_FIX);
    }
    return ServiceFindings.pass(findings, view, "does not mount the Docker socket", 0);
  }

  private static String describe(List<VolumeMount> mounts) {
    return mounts.stream()
        .map(
            v ->
                v.source()
                    + " at "
                    + v.target()
                    + " ("
                    + v.file().map(f -> f + ":").orElse("line ")
                    + v.line()
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
