package dev.opsgrade.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything `opsgrade init` found in a folder and on the local Docker Engine, ready to be written
 * as an inventory. Paths are as the inventory writes them: relative to the folder when inside it.
 */
record Discovery(
    String name,
    Path dir,
    DockerEngineProbe.Result engine,
    List<Host> hosts,
    Optional<Traefik> traefik,
    Optional<Authelia> authelia,
    Map<Role, Suggestion> monitoring,
    List<String> repos,
    Optional<Docs> docs,
    List<String> unreadable) {

  /** A host: how to reach its engine (empty: to fill in) and its compose files. */
  record Host(
      String name,
      Optional<String> docker,
      String comment,
      List<ComposeEntry> compose,
      Optional<Long> expectContainers) {}

  /** A compose file of a host; {@code exists} false writes it commented out. */
  record ComposeEntry(String path, String comment, boolean exists) {}

  record Traefik(Optional<Suggestion> api, Optional<String> rulesDir, String where) {}

  record Authelia(Optional<String> config, Optional<Suggestion> portal, String where) {
    int clues() {
      return (config.isPresent() ? 2 : 0) + (portal.isPresent() ? 1 : 0);
    }
  }

  record Docs(String path, Optional<String> inventory) {}
}
