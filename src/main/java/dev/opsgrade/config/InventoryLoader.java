package dev.opsgrade.config;

import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads opsgrade.yaml: reads it with line and column marks, interpolates values from the
 * environment and a .env file beside it (the environment wins, as in Docker Compose), checks every
 * key and value, reports all problems at once, and only then returns the frozen inventory with its
 * defaults filled in. Secrets stay references; their values are never read here.
 */
public final class InventoryLoader {
  /** The names an inventory file may have inside a directory, in order of preference. */
  public static final List<String> FILE_NAMES = List.of("opsgrade.yaml", "opsgrade.yml");

  private InventoryLoader() {}

  public static Inventory load(Path file, Map<String, String> environment) {
    String label = file.toString();
    Path absolute = file.toAbsolutePath().normalize();
    Path baseDir = absolute.getParent();
    Problems problems = new Problems();
    Optional<String> text = YamlSource.read(file, label, problems);
    problems.throwIfAny();
    Map<String, String> variables = variables(file, baseDir, environment, problems);
    ReadContext context =
        new ReadContext(label, problems, Optional.of(new Interpolator(variables)));
    Optional<Node> root = YamlSource.compose(text.orElseThrow(), label, problems);
    problems.throwIfAny();
    Optional<Inventory> inventory =
        new YamlNode(root.orElseThrow(), "", context)
            .map()
            .map(map -> InventoryBinder.bind(map, baseDir.toString(), fileName(absolute)));
    problems.throwIfAny();
    return inventory.orElseThrow();
  }

  /** The .env file beside the inventory, overridden by the environment. */
  static Map<String, String> variables(
      Path file, Path baseDir, Map<String, String> environment, Problems problems) {
    Path dotEnv = baseDir.resolve(".env");
    Path shown = file.getParent() == null ? Path.of(".env") : file.resolveSibling(".env");
    Map<String, String> variables =
        new HashMap<>(DotEnv.read(dotEnv, shown.toString(), environment, problems));
    variables.putAll(environment);
    return variables;
  }

  private static String fileName(Path absolute) {
    return absolute.getFileName().toString();
  }
}
