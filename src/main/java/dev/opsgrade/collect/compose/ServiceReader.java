package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ComposeService.Healthcheck;
import dev.opsgrade.collect.compose.ProjectReader.ServiceDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        d.get("ports").map(Ports::read).orElse(List.of()),
        environment.read(service),
        d.get("labels").map(Labels::read).orElse(Map.of()),
        d.get("volumes").map(Mounts::volumes).orElse(List.of()),
        d.get("secrets").map(Mounts::secrets).orElse(List.of()));
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
