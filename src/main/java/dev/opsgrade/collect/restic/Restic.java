package dev.opsgrade.collect.restic;

import dev.opsgrade.collect.backup.BackupTool;
import dev.opsgrade.collect.backup.Snapshot;
import dev.opsgrade.collect.backup.ToolOutput;
import dev.opsgrade.collect.process.CommandResult;
import dev.opsgrade.model.inventory.BackupSpec;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** restic's commands and output. Reading never locks the repository (--no-lock). */
public final class Restic implements BackupTool {
  private final String binary;

  public Restic(String binary) {
    this.binary = binary;
  }

  @Override
  public String name() {
    return "restic";
  }

  @Override
  public List<BackupSpec.Repository> repositories(BackupSpec backup) {
    return backup.restic();
  }

  @Override
  public Map<String, String> location(BackupSpec.Repository repository) {
    return Map.of("RESTIC_REPOSITORY", repository.repo());
  }

  @Override
  public Map<String, String> passwordFile(Path file) {
    return Map.of("RESTIC_PASSWORD_FILE", file.toString());
  }

  @Override
  public Map<String, String> passwordValue(String value) {
    return Map.of("RESTIC_PASSWORD", value);
  }

  @Override
  public List<String> listCommand() {
    return List.of(binary, "--no-lock", "--no-cache", "snapshots", "--json");
  }

  @Override
  public List<Snapshot> parseList(String output) {
    JsonNode root = ToolOutput.json(output, "restic snapshots --json");
    if (!root.isArray()) {
      throw new IllegalArgumentException("restic snapshots --json did not print a list");
    }
    List<Snapshot> snapshots = new ArrayList<>();
    for (JsonNode node : root) {
      try {
        snapshots.add(
            new Snapshot(
                node.path("id").asText(),
                OffsetDateTime.parse(node.path("time").asText()).toInstant(),
                node.path("hostname").asText(""),
                ToolOutput.texts(node.path("tags")),
                ToolOutput.texts(node.path("paths"))));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("snapshot " + node.path("id").asText() + ": bad time");
      }
    }
    return snapshots;
  }

  @Override
  public List<String> checkCommand(BackupSpec.Repository repository) {
    List<String> command = new ArrayList<>(List.of(binary, "check"));
    repository
        .readData()
        .ifPresent(
            amount ->
                command.add(amount.equals("all") ? "--read-data" : "--read-data-subset=" + amount));
    return command;
  }

  @Override
  public String explain(CommandResult result) {
    if (!result.exited()) {
      return result.problem();
    }
    String stderr = result.stderr();
    if (stderr.contains("wrong password")) {
      return "wrong password (restic: " + ToolOutput.line(stderr, "wrong password") + ")";
    }
    if (stderr.contains("Is there a repository at the following location?")
        || stderr.contains("unable to open config file")) {
      return "no repository there (restic: " + ToolOutput.line(stderr, "unable to open") + ")";
    }
    if (foundErrors(result)) {
      return "errors found: "
          + ToolOutput.line(stderr, "failed", "does not match", "mismatch", "corrupt", "error");
    }
    if (locked(result)) {
      return "the repository is locked by another process (restic: "
          + ToolOutput.line(stderr, "already locked")
          + ")";
    }
    return "restic exited with " + result.exitCode() + ": " + ToolOutput.line(stderr, "Fatal:");
  }

  @Override
  public boolean foundErrors(CommandResult result) {
    return result.exited() && result.stderr().contains("repository contains errors");
  }

  @Override
  public boolean locked(CommandResult result) {
    return result.stderr().contains("already locked");
  }

  @Override
  public List<String> restoreCommand(Snapshot snapshot, Path target) {
    return List.of(binary, "--no-lock", "restore", snapshot.id(), "--target", target.toString());
  }

  @Override
  public List<String> statsCommand(Snapshot snapshot) {
    return List.of(
        binary,
        "--no-lock",
        "--no-cache",
        "stats",
        snapshot.id(),
        "--json",
        "--mode",
        "restore-size");
  }

  @Override
  public RestoreSize parseStats(String output) {
    JsonNode root = ToolOutput.json(output, "restic stats --json");
    if (!root.has("total_file_count") || !root.has("total_size")) {
      throw new IllegalArgumentException("restic stats --json lacks total_file_count/total_size");
    }
    return new RestoreSize(
        root.path("total_file_count").asLong(), root.path("total_size").asLong(), true);
  }
}
