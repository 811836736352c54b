package dev.opsgrade.collect.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to run and how: the command (secrets never go here, it is shown in messages), its
 * environment, the directory it runs in, its time limit and how its output is kept.
 */
public record CommandOptions(
    List<String> command,
    Environment environment,
    Optional<Path> workingDirectory,
    Duration timeout,
    Output output) {

  public CommandOptions {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("an external command needs at least a program");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
    }
  }

  /** The program name, as messages call it. */
  public String program() {
    return command.get(0);
  }

  /**
   * The command's environment: either exactly {@code variables} (nothing inherited from opsgrade's
   * own environment, so only what we chose reaches the tool) or the inherited one with {@code
   * variables} added or overriding. The values can be secrets: they are never shown.
   */
  public record Environment(boolean inherit, Map<String, String> variables) {
    public Environment {
      variables = Map.copyOf(variables);
    }

    /** Only these variables: nothing of opsgrade's own environment reaches the command. */
    public static Environment only(Map<String, String> variables) {
      return new Environment(false, variables);
    }

    /** opsgrade's own environment with these variables added or overriding. */
    public static Environment inheritedWith(Map<String, String> variables) {
      return new Environment(true, variables);
    }

    @Override
    public String toString() {
      return (inherit ? "inherited plus " : "only ")
          + variables.keySet().stream().sorted().toList();
    }
  }

  /**
   * How output is kept: stdout and stderr apart, each with its own cap, or stderr merged into
   * stdout under one cap. Past a cap the rest is read and dropped, so the tool never blocks on a
   * full pipe.
   */
  public record Output(boolean mergeStderr, int stdoutCap, int stderrCap) {
    public Output {
      if (stdoutCap < 0 || stderrCap < 0) {
        throw new IllegalArgumentException("output caps cannot be negative");
      }
    }

    public static Output separate(int stdoutCap, int stderrCap) {
      return new Output(false, stdoutCap, stderrCap);
    }

    /** stderr interleaved into stdout, as a terminal would show them; the result's stderr is "". */
    public static Output merged(int cap) {
      return new Output(true, cap, 0);
    }
  }
}
