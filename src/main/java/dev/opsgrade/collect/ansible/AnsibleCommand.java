package dev.opsgrade.collect.ansible;

import dev.opsgrade.collect.process.CommandOptions;
import dev.opsgrade.collect.process.CommandResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How opsgrade runs ansible-playbook: the user's environment (ansible needs its HOME, its SSH agent
 * and its config) plus settings for a read-only run, stdout and stderr together as a terminal shows
 * them, the first {@link #MAX_OUTPUT} bytes kept.
 */
final class AnsibleCommand {
  static final int MAX_OUTPUT = 256 * 1024;

  /**
   * Ansible's settings for a run opsgrade starts: no colour, and no .retry files written beside the
   * playbooks (the run is read-only, also for the folder it reads).
   */
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "ANSIBLE_NOCOLOR", "1",
          "ANSIBLE_FORCE_COLOR", "0",
          "ANSIBLE_RETRY_FILES_ENABLED", "0",
          "ANSIBLE_NOCOWS", "1",
          "PYTHONUNBUFFERED", "1");

  private AnsibleCommand() {}

  static CommandOptions options(List<String> command, Path workDir, Duration limit) {
    return new CommandOptions(
        command,
        CommandOptions.Environment.inheritedWith(ENVIRONMENT),
        Optional.of(workDir),
        limit,
        CommandOptions.Output.merged(MAX_OUTPUT));
  }

  /** "cannot start ansible-playbook: error=2, No such file or directory", for a NOT_STARTED run. */
  static String startProblem(List<String> command, CommandResult result) {
    String message = result.startError();
    int colon = message.lastIndexOf("error=");
    return "cannot start "
        + command.get(0)
        + ": "
        + (colon >= 0 ? message.substring(colon) : message);
  }
}
