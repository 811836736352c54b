package dev.opsgrade.init;

import dev.opsgrade.config.InventoryException;
import dev.opsgrade.config.InventoryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `opsgrade init`: discovers, writes opsgrade.yaml (never over an existing inventory unless forced)
 * and loads it back as `opsgrade assess` would.
 */
public final class Initializer {
  public static final String FILE_NAME = InventoryLoader.FILE_NAMES.get(0);

  private final Map<String, String> environment;
  private final Discoverer discoverer;

  /** What was written and what the user is told. */
  public record Result(
      Path file, List<String> found, List<String> todo, Optional<String> loadProblem) {}

  /** The folder is missing, or already has an inventory and --force was not given. */
  public static final class InitException extends Exception {
    public InitException(String message) {
      super(message);
    }
  }

  public Initializer(Map<String, String> environment, Duration dockerTimeout) {
    this.environment = Map.copyOf(environment);
    this.discoverer = new Discoverer(environment, dockerTimeout);
  }

  public Result init(Path dir, Optional<String> dockerEndpoint, boolean force)
      throws InitException {
    if (!Files.isDirectory(dir)) {
      throw new InitException(dir + ": no such folder");
    }
    for (String name : InventoryLoader.FILE_NAMES) {
      if (!force && Files.exists(dir.resolve(name))) {
        throw new InitException(
            dir.resolve(name) + " already exists: not overwritten (use --force to replace it)");
      }
    }
    Discovery discovery = discoverer.discover(dir, dockerEndpoint);
    Path target = dir.resolve(FILE_NAME);
    Optional<String> problem = write(target, InventoryYaml.render(discovery));
    InitSummary summary = InitSummary.of(discovery);
    return new Result(target, summary.found(), summary.todo(), problem);
  }

  /** Writes through a temporary file loaded first; a load problem is reported, not hidden. */
  private Optional<String> write(Path target, String yaml) {
    try {
      Path temp = Files.createTempFile(target.getParent(), ".opsgrade.", ".yaml.tmp");
      try {
        Files.writeString(temp, yaml, StandardCharsets.UTF_8);
        Optional<String> problem = loadProblem(temp);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        return problem;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private Optional<String> loadProblem(Path file) {
    try {
      InventoryLoader.load(file, environment);
      return Optional.empty();
    } catch (InventoryException e) {
      return Optional.of(e.getMessage());
    }
  }
}
