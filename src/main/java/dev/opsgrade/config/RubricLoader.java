package dev.opsgrade.config;

import dev.opsgrade.model.Category;
import dev.opsgrade.score.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The rubric an inventory names: "default" (rubric-default.yaml, shipped in the jar) or a path,
 * relative to the inventory's folder, to a YAML file laid over the default. Problems name
 * file:line:column.
 */
public final class RubricLoader {
  public static final String DEFAULT = "default";
  private static final String RESOURCE = "/dev/opsgrade/score/rubric-default.yaml";
  private static final Rubric DEFAULT_RUBRIC = readDefault();

  private RubricLoader() {}

  public static Rubric defaultRubric() {
    return DEFAULT_RUBRIC;
  }

  public static Rubric load(String rubric, Path baseDir) {
    if (DEFAULT.equals(rubric)) {
      return DEFAULT_RUBRIC;
    }
    Path file = baseDir.resolve(rubric).normalize();
    Problems problems = new Problems();
    String text = YamlSource.read(file, file.toString(), problems).orElse("");
    problems.throwIfAny();
    return overlay(text, file.toString(), DEFAULT_RUBRIC);
  }

  private static Rubric overlay(String text, String label, Rubric base) {
    Problems problems = new Problems();
    ReadContext context = new ReadContext(label, problems, Optional.empty());
    Optional<Node> root = YamlSource.compose(text, label, problems);
    problems.throwIfAny();
    Optional<Rubric> rubric =
        new YamlNode(root.orElseThrow(), "", context)
            .map()
            .map(map -> RubricBinder.overlay(map, base));
    problems.throwIfAny();
    return rubric.orElseThrow();
  }

  private static Rubric readDefault() {
    try (InputStream in = RubricLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Rubric empty = new Rubric(0, Map.of(), Map.of(), List.of());
      Rubric rubric = overlay(text, RESOURCE, empty);
      if (rubric.categories().size() != Category.values().length || rubric.letters().isEmpty()) {
        throw new IllegalStateException(RESOURCE + " must give every category and the letters");
      }
      return rubric;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
