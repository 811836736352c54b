package dev.opsgrade.serve.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files the dashboard offers for download: regular files inside the reports folder, never a
 * symbolic link and nothing outside it, whatever the requested path says.
 */
final class ReportFiles {
  private static final int MAX_DEPTH = 4;

  /** One file: its path relative to the folder, with '/' between segments, and its size. */
  record ReportFile(String path, long bytes) {}

  private final Path folder;

  ReportFiles(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  List<ReportFile> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<ReportFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> resolve(relative(p)).isPresent())
          .sorted()
          .forEach(p -> files.add(new ReportFile(relative(p), size(p))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the reports in " + folder, e);
    }
    return files;
  }

  /**
   * The file {@code requested} names, or empty: an absolute path, a '..' or empty segment, a
   * backslash or NUL, a hidden file, a symbolic link anywhere on the way, or anything that is not a
   * regular file inside the folder is refused.
   */
  Optional<Path> resolve(String requested) {
    if (requested.isEmpty()
        || requested.startsWith("/")
        || requested.indexOf('\\') >= 0
        || requested.indexOf('\0') >= 0
        || requested.indexOf(':') >= 0) {
      return Optional.empty();
    }
    Path current = folder;
    for (String segment : requested.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || segment.startsWith(".")) {
        return Optional.empty();
      }
      current = current.resolve(segment);
      if (Files.isSymbolicLink(current)) {
        return Optional.empty();
      }
    }
    return inside(current);
  }

  private Optional<Path> inside(Path candidate) {
    try {
      Path real = candidate.toRealPath();
      Path root = folder.toRealPath();
      boolean ok = real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
      return ok ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // missing or unreadable: the same answer as never there
    }
  }

  private String relative(Path file) {
    return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
