package dev.opsgrade.collect.todo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown files under a folder, in a stable order: hidden folders below it (.git) are skipped,
 * symbolic links are not followed, and a walk stops at a limit so that a wrong path (/) cannot run
 * for ever.
 */
final class MarkdownFiles {
  static final int MAX_FILES = 5_000;

  /** The files found, and whether the limit cut the walk short. */
  record Found(List<Path> files, boolean truncated) {}

  private MarkdownFiles() {}

  static Found under(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    boolean[] truncated = {false};
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
              if (files.size() == MAX_FILES) {
                truncated[0] = true;
                return FileVisitResult.TERMINATE;
              }
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return new Found(List.copyOf(files), truncated[0]);
  }
}
