package dev.opsgrade.collect.ansible;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the playbooks in a folder: YAML files whose document is a list of plays (a mapping with
 * hosts:, or an import_playbook). Task files, variables and role contents are not playbooks. A file
 * that is not valid YAML but has a play's "- hosts:" line is a playbook with a syntax error, not
 * something to skip: ansible-playbook --syntax-check then says what is wrong with it.
 */
final class PlaybookFiles {
  /** Folders that hold parts of playbooks, never playbooks. */
  private static final Set<String> PARTS =
      Set.of(
          "roles",
          "group_vars",
          "host_vars",
          "collections",
          "templates",
          "files",
          "vars",
          "tasks",
          "handlers",
          "defaults",
          "meta",
          "library",
          "filter_plugins",
          "module_utils",
          "node_modules");

  private static final Set<String> PLAY_KEYS =
      Set.of("hosts", "import_playbook", "ansible.builtin.import_playbook");
  private static final Pattern PLAY_LINE =
      Pattern.compile(
          "(?m)^\\s*-\\s+(hosts|import_playbook|ansible\\.builtin\\.import_playbook)\\s*:");
  static final int MAX_FILES = 5000;
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private PlaybookFiles() {}

  /** The playbooks under {@code root}, sorted by path. */
  static List<Path> find(Path root) throws IOException {
    List<Path> playbooks = new ArrayList<>();
    int[] seen = {0};
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skip = !dir.equals(root) && (PARTS.contains(name) || name.startsWith("."));
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++seen[0] > MAX_FILES) {
              return FileVisitResult.TERMINATE;
            }
            if (attrs.isRegularFile() && isYaml(file) && isPlaybook(file, attrs.size())) {
              playbooks.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // an unreadable entry is not a playbook we can check
          }
        });
    playbooks.sort(null);
    return playbooks;
  }

  static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  static boolean isPlaybook(Path file, long size) {
    if (size > MAX_BYTES) {
      return false;
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return false; // unreadable or not UTF-8: not a playbook ansible could run either
    }
    Optional<Node> root;
    try {
      root =
          new Compose(LoadSettings.builder().setMaxAliasesForCollections(50).build())
              .composeString(text);
    } catch (YamlEngineException e) {
      return PLAY_LINE.matcher(text).find();
    }
    return root.filter(PlaybookFiles::isListOfPlays).isPresent();
  }

  private static boolean isListOfPlays(Node root) {
    if (!(root instanceof SequenceNode list) || list.getValue().isEmpty()) {
      return false;
    }
    boolean anyPlay = false;
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode play)) {
        return false;
      }
      for (NodeTuple tuple : play.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && PLAY_KEYS.contains(key.getValue())) {
          anyPlay = true;
        }
      }
    }
    return anyPlay;
  }
}
