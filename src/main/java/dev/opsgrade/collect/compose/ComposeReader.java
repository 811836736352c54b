package dev.opsgrade.collect.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a compose file as Docker Compose does (YAML 1.2, anchors and merge keys, {@code .env} and
 * interpolation with the process environment winning, {@code include}, {@code extends}, profiles
 * from COMPOSE_PROFILES) into facts. Never throws for a bad file: the {@link ComposeFile} then
 * carries the error and its file:line:column.
 */
public final class ComposeReader {
  private final Map<String, String> environment;
  private final Function<Path, String> display;

  /** What one compose file gave: the file fact and one fact per service. */
  public record ComposeRead(ComposeFile file, List<ComposeService> services) {}

  /**
   * @param environment the process environment (wins over {@code .env})
   * @param display how a path is shown in facts (relative to the inventory's folder)
   */
  public ComposeReader(Map<String, String> environment, Function<Path, String> display) {
    this.environment = Map.copyOf(environment);
    this.display = display;
  }

  public ComposeRead read(String host, Path file) {
    Path root = file.toAbsolutePath().normalize();
    ReadState state = new ReadState();
    try {
      Path projectDir = root.getParent();
      Variables variables = projectVariables(projectDir);
      ProjectReader.Model model =
          new ProjectReader(state).load(List.of(root), projectDir, variables, List.of(root));
      String project = projectName(model, variables, projectDir);
      Set<String> profiles = profiles(variables);
      ServiceReader reader = new ServiceReader(state, display, host, project, profiles);
      List<ComposeService> services = new ArrayList<>();
      model.services().values().forEach(s -> services.add(reader.read(s)));
      return new ComposeRead(
          fileFact(host, root, state, services.size(), Optional.empty()), services);
    } catch (ComposeException e) {
      return new ComposeRead(fileFact(host, root, state, 0, Optional.of(e)), List.of());
    } catch (StackOverflowError e) {
      // interpolation or extends nested past the stack: a hostile file, not a bug to crash on
      ComposeException tooDeep =
          new ComposeException(Position.wholeFile(root), "nested too deeply");
      return new ComposeRead(fileFact(host, root, state, 0, Optional.of(tooDeep)), List.of());
    }
  }

  private Variables projectVariables(Path projectDir) {
    Variables variables = Variables.of(environment);
    Path dotEnv = projectDir.resolve(".env");
    if (Files.isRegularFile(dotEnv)) {
      variables = variables.withFallback(DotEnv.asMap(DotEnv.read(dotEnv, variables::lookup)));
    }
    return variables;
  }

  private static String projectName(
      ProjectReader.Model model, Variables variables, Path projectDir) {
    String name =
        model
            .top()
            .text("name")
            .or(() -> variables.lookup("COMPOSE_PROJECT_NAME").filter(n -> !n.isBlank()))
            .orElse(projectDir.getFileName() == null ? "" : projectDir.getFileName().toString());
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
  }

  private static Set<String> profiles(Variables variables) {
    return variables
        .lookup("COMPOSE_PROFILES")
        .map(p -> Arrays.stream(p.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private static String unsetNote(List<String> unset) {
    return unset.isEmpty()
        ? ""
        : "; "
            + String.join(", ", unset)
            + (unset.size() == 1 ? " is" : " are")
            + " not set in the environment nor in .env";
  }

  private ComposeFile fileFact(
      String host, Path root, ReadState state, int services, Optional<ComposeException> error) {
    List<String> included =
        state.files().stream().filter(f -> !f.equals(root)).map(display).toList();
    List<String> missing =
        state.missing().stream()
            .map(
                m ->
                    display.apply(m.path())
                        + " (referenced at "
                        + located(m.referencedAt())
                        + unsetNote(m.unset())
                        + ")")
            .toList();
    return new ComposeFile(
        host,
        display.apply(root),
        included,
        services,
        state.secretFiles().stream().map(display).toList(),
        error.map(e -> located(e.position()) + ": " + e.problem()),
        error.map(ComposeException::position).filter(Position::known).map(Position::line),
        error.map(ComposeException::position).filter(Position::known).map(Position::column),
        missing,
        error.map(e -> display.apply(e.position().file())));
  }

  /** "file:line:column", or "file" when the problem is the file as a whole. */
  private String located(Position at) {
    String file = display.apply(at.file());
    return at.known() ? file + ":" + at.line() + ":" + at.column() : file;
  }
}
