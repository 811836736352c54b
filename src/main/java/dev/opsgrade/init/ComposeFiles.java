package dev.opsgrade.init;

import dev.opsgrade.config.DirectoryInventory;
import dev.opsgrade.model.inventory.HostSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The compose files under a folder, grouped into hosts as `opsgrade assess DIR` would group each
 * folder's files (docker-compose.master.yml is host "master", a plain docker-compose.yml takes its
 * folder's name, an override joins its base).
 */
final class ComposeFiles {
  static final Pattern COMPOSE_FILE =
      Pattern.compile("^(compose|docker-compose)([.\\-_].+?)?\\.(yaml|yml)$");
  private static final int MAX_DEPTH = 4;
  private static final Set<String> SKIPPED = Set.of("node_modules", "target", "reports");

  private ComposeFiles() {}

  /** A host found from files: its name and its compose files, absolute. */
  record FileHost(String name, List<Path> files) {}

  static List<FileHost> hosts(Path dir) {
    List<FileHost> hosts = new ArrayList<>();
    for (Path folder : foldersWithComposeFiles(dir)) {
      for (HostSpec host : DirectoryInventory.discover(folder).hosts()) {
        hosts.add(new FileHost(host.name(), host.compose().stream().map(folder::resolve).toList()));
      }
    }
    return List.copyOf(hosts);
  }

  private static Set<Path> foldersWithComposeFiles(Path dir) {
    Set<Path> folders = new TreeSet<>();
    try {
      Files.walkFileTree(
          dir,
          Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
              String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
              boolean skip =
                  !folder.equals(dir) && (name.startsWith(".") || SKIPPED.contains(name));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && COMPOSE_FILE.matcher(file.getFileName().toString()).matches()) {
                folders.add(file.getParent());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + dir, e);
    }
    return folders;
  }
}
