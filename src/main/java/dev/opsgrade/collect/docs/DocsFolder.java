package dev.opsgrade.collect.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The Markdown files of a docs folder, and reading one with a size limit. */
final class DocsFolder {
  private DocsFolder() {}

  /** Every *.md and *.markdown file under the folder, sorted, skipping .git and node_modules. */
  static List<Path> markdownFiles(Path root) throws IOException {
    Path start = root.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(start)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> isMarkdown(p.getFileName().toString()))
          .filter(p -> !skipped(start.relativize(p)))
          .sorted()
          .toList();
    }
  }

  static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals(".git") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  /** The file as UTF-8 text (malformed bytes replaced), or empty when it exceeds the limit. */
  static Optional<String> read(Path file, long maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
