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
   * interfaces. Ranges keep their first and last port. {@code randomHostPort}: no host port is
   * written ("3000", long syntax without {@code published}), so Docker publishes the container port
   * on a random host port (on all interfaces unless {@code hostIp} says otherwise); the host ports
   * are then empty.
   */
  public record PortBinding(
      String hostIp,
      Optional<Integer> hostPortStart,
      Optional<Integer> hostPortEnd,
      int containerPortStart,
      int containerPortEnd,
      String protocol,
      String raw,
      int line,
      boolean randomHostPort,
      Optional<String> file) {

    /** The shape before {@code file}: written in the service's own file. */
    public PortBinding(
        String hostIp,
        Optional<Integer> hostPortStart,
        Optional<Integer> hostPortEnd,
        int containerPortStart,
        int containerPortEnd,
        String protocol,
        String raw,
        int line,
        boolean randomHostPort) {
      this(
          hostIp,
          hostPortStart,
          hostPortEnd,
          containerPortStart,
          containerPortEnd,
          protocol,
          raw,
          line,
          randomHostPort,
          Optional.empty());
    }

    /** Written in {@code file} (a file the service extends), not the service's own. */
    public PortBinding in(String file) {
      return new PortBinding(
          hostIp,
          hostPortStart,
          hostPortEnd,
          containerPortStart,
          containerPortEnd,
          protocol,
          raw,
          line,
          randomHostPort,
          Optional.of(file));
    }

    /** The original shape, before {@code randomHostPort}: derived from the missing host port. */
    public PortBinding(
        String hostIp,
        Optional<Integer> hostPortStart,
        Optional<Integer> hostPortEnd,
        int containerPortStart,
        int containerPortEnd,
        String protocol,
        String raw,
        int line) {
      this(
          hostIp,
          hostPortStart,
          hostPortEnd,
          containerPortStart,
          containerPortEnd,
          protocol,
          raw,
          line,
          hostPortStart.isEmpty());
    }

    public boolean onAllInterfaces() {
      String ip = hostIp.replace("[", "").replace("]", "");
      return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
    }

    /**
     * Reachable from outside the container on the host: on a fixed host port, or on a random one
     * that Docker picks ({@code "3000"} publishes too: only {@code expose:} does not).
     */
    public boolean published() {
      return hostPortStart.isPresent() || randomHostPort;
    }
  }

  /**
   * An environment variable's shape. {@code kind}: REFERENCE (the value came from ${VAR}
   * interpolation or is passed through from the shell), LITERAL, EMPTY. For literals: length,
   * Shannon entropy in bits per character, and a short fingerprint (never the value). {@code file}:
   * where the variable is written when that is not the service's own file (an env_file, or the file
   * a service extends); {@code line} is then a line of that file. {@code fromEnvFile}: read from an
   * {@code env_file} (kept out of the compose file, as secrets should be), not from {@code
   * environment}.
   */
  public record EnvVar(
      String name,
      ValueKind kind,
      int length,
      double entropy,
      String fingerprint,
      int line,
      Optional<String> file,
      boolean fromEnvFile) {

    /** The original shape, before {@code file}: written in the service's own file. */
    public EnvVar(
        String name, ValueKind kind, int length, double entropy, String fingerprint, int line) {
      this(name, kind, length, entropy, fingerprint, line, Optional.empty());
    }

    /** The shape before {@code fromEnvFile}: written in a compose file. */
    public EnvVar(
        String name,
        ValueKind kind,
        int length,
        double entropy,
        String fingerprint,
        int line,
        Optional<String> file) {
      this(name, kind, length, entropy, fingerprint, line, file, false);
    }
  }

  public enum ValueKind {
    REFERENCE,
    LITERAL,
    EMPTY
  }

  /**
   * {@code type}: bind, volume, tmpfs, npipe. {@code source} for volumes is the volume name. {@code
   * file}: where it is written when that is not the service's own file (a file it extends).
   */
  public record VolumeMount(
      String type,
      String source,
      String target,
      boolean readOnly,
      int line,
      Optional<String> file) {

    /** The shape before {@code file}: written in the service's own file. */
    public VolumeMount(String type, String source, String target, boolean readOnly, int line) {
      this(type, source, target, readOnly, line, Optional.empty());
    }

    public VolumeMount in(String file) {
      return new VolumeMount(type, source, target, readOnly, line, Optional.of(file));
    }
  }
}
