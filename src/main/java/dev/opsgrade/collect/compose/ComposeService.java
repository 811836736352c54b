package dev.opsgrade.collect.compose;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service as Docker Compose would run it, after include, extends, merge keys, interpolation and
 * profiles. Environment values are never kept: only their shape (see {@link EnvVar}).
 */
@FactKind("compose.service")
public record ComposeService(
    String host,
    String project,
    String service,
    String file,
    int line,
    Optional<String> image,
    Optional<String> containerName,
    List<String> profiles,
    boolean activeProfile,
    boolean privileged,
    Optional<String> restart,
    Optional<Healthcheck> healthcheck,
    Optional<Long> memoryLimitBytes,
    Optional<String> networkMode,
    List<PortBinding> ports,
    List<EnvVar> environment,
    Map<String, String> labels,
    List<VolumeMount> volumes,
    List<String> secrets) {

  /** {@code test} as written, or disabled ("disable: true" or test NONE). */
  public record Healthcheck(boolean disabled, List<String> test, int line) {}

  /**
   * A published port. {@code hostIp} is as written: empty when omitted, which Docker binds on all
   * interfaces. Ranges keep their first and last port.
   */
  public record PortBinding(
      String hostIp,
      Optional<Integer> hostPortStart,
      Optional<Integer> hostPortEnd,
      int containerPortStart,
      int containerPortEnd,
      String protocol,
      String raw,
      int line) {

    public boolean onAllInterfaces() {
      String ip = hostIp.replace("[", "").replace("]", "");
      return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
    }

    public boolean published() {
      return hostPortStart.isPresent();
    }
  }

  /**
   * An environment variable's shape. {@code kind}: REFERENCE (the value came from ${VAR}
   * interpolation or is passed through from the shell), LITERAL, EMPTY. For literals: length,
   * Shannon entropy in bits per character, and a short fingerprint (never the value).
   */
  public record EnvVar(
      String name, ValueKind kind, int length, double entropy, String fingerprint, int line) {}

  public enum ValueKind {
    REFERENCE,
    LITERAL,
    EMPTY
  }

  /** {@code type}: bind, volume, tmpfs, npipe. {@code source} for volumes is the volume name. */
  public record VolumeMount(
      String type, String source, String target, boolean readOnly, int line) {}
}
