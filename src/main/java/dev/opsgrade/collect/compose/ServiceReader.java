package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ComposeService.Healthcheck;
import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import dev.opsgrade.collect.compose.ComposeService.VolumeMount;
import dev.opsgrade.collect.compose.ProjectReader.ServiceDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Turns a resolved service definition into the {@link ComposeService} fact. */
final class ServiceReader {
  private final EnvironmentReader environment;
  private final Function<Path, String> display;
  private final String host;
  private final String project;
  private final Set<String> activeProfiles;

  ServiceReader(
      ReadState state,
      Function<Path, String> display,
      String host,
      String project,
      Set<String> activeProfiles) {
    this.environment = new EnvironmentReader(state, display);
    this.display = display;
    this.host = host;
    this.project = project;
    this.activeProfiles = Set.copyOf(activeProfiles);
  }

  ComposeService read(ServiceDef service) {
    YamlNode.Mapping d = service.definition();
    List<String> profiles =
        d.get("profiles").map(YamlNode::items).orElse(List.of()).stream()
            .map(p -> YamlNode.expectText(p, "a profile"))
            .toList();
    return new ComposeService(
        host,
        project,
        service.name(),
        display.apply(service.at().file()),
        service.at().line(),
        d.text("image"),
        d.text("container_name"),
        profiles,
        active(profiles),
        d.text("privileged").map(Booleans::parse).orElse(false),
        restart(d),
        healthcheck(d),
        memoryLimit(d),
        d.text("network_mode"),
        located(d.get("ports"), Ports::read, service, PortBinding::in),
        environment.read(service),
        d.get("labels").map(Labels::read).orElse(Map.of()),
        located(d.get("volumes"), Mounts::volumes, service, VolumeMount::in),
        d.get("secrets").map(Mounts::secrets).orElse(List.of()));
  }

  /**
   * Entries read one per item, each marked with its file when it is written in another file than
   * the service's own (merged in from a service it extends).
   */
  private <T> List<T> located(
      Optional<YamlNode> node,
      Function<YamlNode, List<T>> read,
      ServiceDef service,
      BiFunction<T, String, T> in) {
    if (node.isEmpty()) {
      return List.of();
    }
    List<T> entries = read.apply(node.get());
    List<YamlNode> items = YamlNode.items(node.get());
    if (items.size() != entries.size()) {
      return entries;
    }
    List<T> result = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Path file = items.get(i).at().file();
      result.add(
          file.equals(service.at().file())
              ? entries.get(i)
              : in.apply(entries.get(i), display.apply(file)));
    }
    return List.copyOf(result);
  }

  private boolean active(List<String> profiles) {
    return profiles.isEmpty()
        || activeProfiles.contains("*")
        || profiles.stream().anyMatch(activeProfiles::contains);
  }

  /** deploy.restart_policy wins over restart, as Docker Compose applies them. */
  private static Optional<String> restart(YamlNode.Mapping d) {
    Optional<YamlNode.Mapping> policy =
        d.mapping("deploy").flatMap(deploy -> deploy.mapping("restart_policy"));
    if (policy.isEmpty()) {
      return d.text("restart");
    }
    String condition = policy.get().text("condition").orElse("any");
    return Optional.of(
        switch (condition) {
          case "none", "no" -> "no";
          case "any", "always" -> "always";
          default -> condition;
        });
  }

  /** deploy.resources.limits.memory wins over mem_limit; 0 means no limit. */
  private static Optional<Long> memoryLimit(YamlNode.Mapping d) {
    Optional<YamlNode> deploy =
        d.mapping("deploy")
            .flatMap(x -> x.mapping("resources"))
            .flatMap(x -> x.mapping("limits"))
            .flatMap(x -> x.get("memory"));
    return deploy
        .or(() -> d.get("mem_limit"))
        .filter(n -> !YamlNode.isNull(n))
        .map(n -> MemorySize.parse(YamlNode.expectText(n, "a memory limit"), n.at()))
        .filter(bytes -> bytes > 0);
  }

  private static Optional<Healthcheck> healthcheck(YamlNode.Mapping d) {
    Optional<YamlNode.Entry> entry = d.entry("healthcheck");
    if (entry.isEmpty() || YamlNode.isNull(entry.get().value())) {
      return Optional.empty();
    }
    YamlNode.Mapping check = YamlNode.expectMapping(entry.get().value(), "healthcheck");
    int line = entry.get().keyAt().line();
    List<String> test =
        check
            .get("test")
            .filter(t -> !YamlNode.isNull(t))
            .map(ServiceReader::test)
            .orElse(List.of());
    boolean disabled =
        check.text("disable").map(Booleans::parse).orElse(false)
            || (!test.isEmpty() && test.get(0).equals("NONE"));
    return Optional.of(new Healthcheck(disabled, test, line));
  }

  private static List<String> test(YamlNode node) {
    if (node instanceof YamlNode.Sequence s) {
      return s.items().stream().map(i -> raw(i, "a healthcheck test")).toList();
    }
    return List.of("CMD-SHELL", raw(node, "healthcheck test"));
  }

  /** As written: "${REDIS_PASSWORD}" stays a name, never the value it stands for. */
  private static String raw(YamlNode node, String what) {
    YamlNode.expectText(node, what);
    return ((YamlNode.Scalar) node).raw();
  }
}
