package dev.opsgrade.collect.backup;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.SecretReader;
import dev.opsgrade.collect.process.CommandOptions;
import dev.opsgrade.model.inventory.BackupSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a backup tool runs with for one repository: the user's environment without any
 * restic or borg setting of its own, the repository's location, and its password (a file by its
 * path, a variable by value: never on the command line). Knows the password to scrub it from
 * anything the tool prints.
 */
public record RepositoryAccess(Map<String, String> environment, Optional<String> secret) {
  /** A snapshot list of a large repository is JSON of many megabytes; stderr is a few lines. */
  private static final int MAX_STDOUT = 64 * 1024 * 1024;

  private static final int MAX_STDERR = 64 * 1024;

  /** The access, or why there is none (the password reference cannot be read). */
  public record Outcome(Optional<RepositoryAccess> access, String problem) {}

  public static Outcome of(
      BackupTool tool, BackupSpec.Repository repository, CollectContext context) {
    Map<String, String> environment = new HashMap<>();
    context
        .environment()
        .forEach(
            (k, v) -> {
              if (!k.startsWith("RESTIC_")
                  && !k.startsWith("BORG_PASS")
                  && !k.equals("BORG_REPO")) {
                environment.put(k, v);
              }
            });
    environment.putAll(tool.location(repository));
    if (repository.password().isEmpty()) {
      return new Outcome(Optional.of(new RepositoryAccess(environment, Optional.empty())), "");
    }
    String reference = repository.password().get().reference();
    SecretReader.Result read = SecretReader.read(repository.password().get(), context);
    if (read.value().isEmpty()) {
      return new Outcome(Optional.empty(), "cannot read its password: " + read.problem());
    }
    if (reference.startsWith("file:")) {
      environment.putAll(
          tool.passwordFile(context.resolve(reference.substring(5)).toAbsolutePath()));
    } else {
      environment.putAll(tool.passwordValue(read.value().get()));
    }
    return new Outcome(Optional.of(new RepositoryAccess(environment, read.value())), "");
  }

  /**
   * How to run one of the tool's commands on this repository: with exactly this environment
   * (nothing else of opsgrade's reaches the tool), stdout and stderr apart (the tool's JSON on one,
   * its complaints on the other).
   */
  public CommandOptions command(List<String> command, Optional<Path> directory, Duration timeout) {
    return new CommandOptions(
        command,
        CommandOptions.Environment.only(environment),
        directory,
        timeout,
        CommandOptions.Output.separate(MAX_STDOUT, MAX_STDERR));
  }

  /** {@code text} without the password in it, should a tool ever echo it. */
  public String scrub(String text) {
    return secret.filter(s -> !s.isEmpty()).map(s -> text.replace(s, "***")).orElse(text);
  }
}
