package dev.opsgrade.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Paths as the inventory writes them, and the git repositories and docs folder of a folder. */
final class Paths {
  private static final List<String> DOCS_FOLDERS = List.of("docs", ".docs");

  private Paths() {}

  /** Relative to {@code root} with '/' when inside it ("." for root itself), else absolute. */
  static String display(Path root, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return absolute.toString();
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  /** The repository holding {@code root}, then repositories of the compose folders inside it. */
  static List<String> repos(Path root, List<ComposeFiles.FileHost> hosts) {
    Set<String> repos = new LinkedHashSet<>();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() != null) {
      Path gitDir = builder.getGitDir().toPath().toAbsolutePath().normalize();
      Path workTree = gitDir.getFileName().toString().equals(".git") ? gitDir.getParent() : gitDir;
      repos.add(relativeOrAbsolute(root, workTree));
    }
    hosts.stream()
        .flatMap(h -> h.files().stream())
        .map(Path::getParent)
        .filter(folder -> Files.exists(folder.resolve(".git")))
        .forEach(folder -> repos.add(display(root, folder)));
    return List.copyOf(repos);
  }

  /** docs/ or .docs/, with its document inventory when one is there. */
  static Optional<Discovery.Docs> docs(Path root) {
    for (String folder : DOCS_FOLDERS) {
      Path docs = root.resolve(folder);
      if (Files.isDirectory(docs)) {
        return Optional.of(new Discovery.Docs(folder, inventory(docs).map(f -> folder + "/" + f)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inventory(Path docs) {
    try (Stream<Path> files = Files.list(docs)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(n -> n.toLowerCase(Locale.ROOT).contains("inventory"))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String relativeOrAbsolute(Path root, Path workTree) {
    if (workTree.equals(root)) {
      return ".";
    }
    if (root.startsWith(workTree)) {
      List<String> up = new ArrayList<>();
      for (Path p = root; !p.equals(workTree); p = p.getParent()) {
        up.add("..");
      }
      return String.join("/", up);
    }
    return display(root, workTree);
  }
}
