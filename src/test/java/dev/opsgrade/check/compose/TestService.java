package dev.opsgrade.check.compose;

import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.compose.ComposeService.EnvVar;
import dev.opsgrade.collect.compose.ComposeService.Healthcheck;
import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import dev.opsgrade.collect.compose.ComposeService.VolumeMount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compose service as the reader would report it, built field by field; the one place tests call
 * the record's constructor. Defaults: active, on host master, nothing set.
 */
public final class TestService {
  private final String name;
  private String host = "master";
  private int line = 10;
  private Optional<String> image = Optional.of("example/app:1.0");
  private List<String> profiles = List.of();
  private boolean active = true;
  private boolean privileged;
  private Optional<String> restart = Optional.empty();
  private Optional<Healthcheck> healthcheck = Optional.empty();
  private Optional<Long> memory = Optional.empty();
  private Optional<String> networkMode = Optional.empty();
  private final List<PortBinding> ports = new ArrayList<>();
  private final List<EnvVar> environment = new ArrayList<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final List<VolumeMount> volumes = new ArrayList<>();

  private TestService(String name) {
    this.name = name;
  }

  public static TestService service(String name) {
    return new TestService(name);
  }

  public TestService host(String value) {
    host = value;
    return this;
  }

  public TestService image(String value) {
    image = Optional.of(value);
    return this;
  }

  public TestService inProfile(String profile) {
    profiles = List.of(profile);
    active = false;
    return this;
  }

  public TestService privileged() {
    privileged = true;
    return this;
  }

  public TestService restart(String value) {
    restart = Optional.of(value);
    return this;
  }

  public TestService healthcheck(boolean disabled, List<String> test, int at) {
    healthcheck = Optional.of(new Healthcheck(disabled, test, at));
    return this;
  }

  public TestService memory(long bytes) {
    memory = Optional.of(bytes);
    return this;
  }

  public TestService networkMode(String value) {
    networkMode = Optional.of(value);
    return this;
  }

  /** A port entry: hostPortEnd/containerPortEnd equal the starts unless a range is given. */
  public TestService port(PortBinding port) {
    ports.add(port);
    return this;
  }

  public TestService env(EnvVar variable) {
    environment.add(variable);
    return this;
  }

  public TestService label(String key, String value) {
    labels.put(key, value);
    return this;
  }

  /** A mount merged in from a service it extends in {@code file}. */
  public TestService volumeIn(String file, String source, String target, int at) {
    volumes.add(new VolumeMount("bind", source, target, false, at).in(file));
    return this;
  }

  public TestService volume(String type, String source, String target, boolean ro, int at) {
    volumes.add(new VolumeMount(type, source, target, ro, at));
    return this;
  }

  public ComposeService build() {
    return new ComposeService(
        host,
        "stack",
        name,
        ComposeFacts.FILE,
        line,
        image,
        Optional.empty(),
        profiles,
        active,
        privileged,
        restart,
        healthcheck,
        memory,
        networkMode,
        List.copyOf(ports),
        List.copyOf(environment),
        new HashMap<>(labels),
        List.copyOf(volumes),
        List.of());
  }

  public static PortBinding published(String raw, String hostIp, int hostPort, int target, int at) {
    return new PortBinding(
        hostIp, Optional.of(hostPort), Optional.of(hostPort), target, target, "tcp", raw, at);
  }

  public static PortBinding range(
      String raw, String hostIp, int hostStart, int hostEnd, int target, int targetEnd, int at) {
    return new PortBinding(
        hostIp, Optional.of(hostStart), Optional.of(hostEnd), target, targetEnd, "tcp", raw, at);
  }

  /** "3000" alone: the container port on a random host port. */
  public static PortBinding randomHostPort(String raw, int target, int at) {
    return new PortBinding("", Optional.empty(), Optional.empty(), target, target, "tcp", raw, at);
  }

  /** A literal with the shape the reader records: length, entropy, fingerprint, no value. */
  public static EnvVar literal(String name, String value, int at) {
    return new EnvVar(
        name, ValueKind.LITERAL, value.length(), entropy(value), fingerprint(value), at);
  }

  public static EnvVar reference(String name, int at) {
    return new EnvVar(name, ValueKind.REFERENCE, 0, 0.0, "", at);
  }

  public static EnvVar empty(String name, int at) {
    return new EnvVar(name, ValueKind.EMPTY, 0, 0.0, "", at);
  }

  public static String fingerprint(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static double entropy(String value) {
    Map<Integer, Integer> counts = new HashMap<>();
    value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / value.length();
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
