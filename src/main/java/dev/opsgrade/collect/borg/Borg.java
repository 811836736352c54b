package dev.opsgrade.collect.borg;

import dev.opsgrade.collect.backup.BackupTool;
import dev.opsgrade.collect.backup.Snapshot;
import dev.opsgrade.collect.backup.ToolOutput;
import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.model.inventory.BackupSpec;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * borg's commands and output. Reading bypasses the repository's lock; borg prints archive times in
 * the machine's local time, read back as such. borg archives have no tags.
 */
public final class Borg implements BackupTool {
  private final String binary;

  public Borg(String binary) {
    this.binary = binary;
  }

  @Override
  public String name() {
    return "borg";
  }

  @Override
  public List<BackupSpec.Repository> repositories(BackupSpec backup) {
    return backup.borg();
  }

  @Override
  public Map<String, String> location(BackupSpec.Repository repository) {
    return Map.of("BORG_REPO", repository.repo());
  }

  @Override
  public Map<String, String> passwordFile(Path file) {
    // borg splits the command like a shell would, without running one
    return Map.of("BORG_PASSCOMMAND", "cat '" + file.toString().replace("'", "'\"'\"'") + "'");
  }

  @Override
  public Map<String, String> passwordValue(String value) {
    return Map.of("BORG_PASSPHRASE", value);
  }

  @Override
  public List<String> listCommand() {
    return List.of(
        binary, "--log-json", "--bypass-lock", "list", "--json", "--format", "{hostname}");
  }

  @Override
  public List<Snapshot> parseList(String output) {
    JsonNode archives = ToolOutput.json(output, "borg list --json").path("archives");
    if (!archives.isArray()) {
      throw new IllegalArgumentException("borg list --json printed no archives list");
    }
    List<Snapshot> snapshots = new ArrayList<>();
    for (JsonNode node : archives) {
      try {
        snapshots.add(
            new Snapshot(
                node.path("name").asText(),
                LocalDateTime.parse(node.path("time").asText())
                    .atZone(ZoneId.systemDefault())
                    .toInstant(),
                node.path("hostname").asText(""),
                List.of(),
                List.of()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("archive " + node.path("name").asText() + ": bad time");
      }
    }
    return snapshots;
  }

  @Override
  public List<String> checkCommand(BackupSpec.Repository repository) {
    List<String> command = new ArrayList<>(List.of(binary, "--log-json", "check"));
    repository.readData().ifPresent(all -> command.add("--verify-data"));
    return command;
  }

  @Override
  public String explain(CommandResult result) {
    if (!result.exited()) {
      return result.problem();
    }
    List<BorgMessage> messages = BorgMessage.parse(result.stderr());
    if (BorgMessage.has(messages, "PassphraseWrong")) {
      return "wrong password (borg: " + BorgMessage.text(messages, "PassphraseWrong") + ")";
    }
    if (BorgMessage.has(messages, "Repository.DoesNotExist")
        || BorgMessage.has(messages, "Repository.InvalidRepository")) {
      return "no repository there (borg: " + BorgMessage.firstError(messages) + ")";
    }
    if (foundErrors(result)) {
      return "errors found: " + BorgMessage.firstError(messages);
    }
    if (locked(result)) {
      return "the repository is locked by another process (borg: "
          + BorgMessage.text(messages, "LockTimeout")
          + ")";
    }
    return "borg exited with " + result.exitCode() + ": " + BorgMessage.firstError(messages);
  }

  @Override
  public boolean foundErrors(CommandResult result) {
    return result.exited() && result.stderr().contains("errors found");
  }

  @Override
  public boolean locked(CommandResult result) {
    return BorgMessage.has(BorgMessage.parse(result.stderr()), "LockTimeout");
  }

  @Override
  public List<String> restoreCommand(Snapshot snapshot, Path target) {
    return List.of(binary, "--log-json", "--bypass-lock", "extract", "::" + snapshot.id());
  }

  @Override
  public List<String> statsCommand(Snapshot snapshot) {
    return List.of(binary, "--log-json", "--bypass-lock", "info", "--json", "::" + snapshot.id());
  }

  @Override
  public RestoreSize parseStats(String output) {
    JsonNode stats =
        ToolOutput.json(output, "borg info --json").path("archives").path(0).path("stats");
    if (!stats.has("nfiles") || !stats.has("original_size")) {
      throw new IllegalArgumentException("borg info --json lacks nfiles/original_size");
    }
    return new RestoreSize(
        stats.path("nfiles").asLong(), stats.path("original_size").asLong(), false);
  }
}
