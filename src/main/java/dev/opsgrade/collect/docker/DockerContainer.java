package dev.opsgrade.collect.docker;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container as its engine reports it (inspect, plus one stats sample when it runs). Never holds
 * Config.Env; Traefik label values that look secret are fingerprints.
 */
@FactKind("docker.container")
public record DockerContainer(
    String host,
    String id,
    String name,
    Optional<String> composeProject,
    Optional<String> composeService,
    Optional<String> composeConfigFiles,
    String image,
    String imageId,
    List<String> repoDigests,
    String state,
    Optional<String> health,
    Optional<HealthLog> lastHealthLog,
    boolean healthcheckDefined,
    String restartPolicy,
    int restartPolicyMaxRetries,
    int restartCount,
    Optional<Instant> created,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    int exitCode,
    boolean oomKilled,
    Optional<Long> memoryLimitBytes,
    Optional<Long> memoryUsageBytes,
    String networkMode,
    List<PublishedPort> ports,
    List<Mount> mounts,
    boolean privileged,
    List<String> securityOptions,
    Map<String, String> traefikLabels) {

  /** The last healthcheck run: when it ended, its exit code and its output (truncated). */
  public record HealthLog(Optional<Instant> end, int exitCode, String output) {}

  /**
   * A port binding as configured (HostConfig.PortBindings, present before the container starts).
   * {@code hostIp} empty means all interfaces; {@code hostPort} empty means a port the engine
   * picks.
   */
  public record PublishedPort(String hostIp, String hostPort, int containerPort, String protocol) {

    public boolean onAllInterfaces() {
      return hostIp.isEmpty() || hostIp.equals("0.0.0.0") || hostIp.equals("::");
    }

    public String display() {
      String ip = onAllInterfaces() ? "0.0.0.0" : hostIp;
      return ip
          + ":"
          + (hostPort.isEmpty() ? "*" : hostPort)
          + "->"
          + containerPort
          + "/"
          + protocol;
    }
  }

  /** {@code type}: bind, volume, tmpfs, npipe. */
  public record Mount(String type, String source, String destination, boolean readWrite) {}

  /** "master/traefik": how findings name a container. */
  public String subject() {
    return host + "/" + name;
  }

  public boolean running() {
    return state.equals("running");
  }
}
