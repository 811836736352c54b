package dev.opsgrade.collect.git;

import dev.opsgrade.collect.git.GitIgnoreCoverage.IgnoreRule;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Scope;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;

/**
 * Reads the ignore rules that apply to a repository, in the places JGit's working tree iterator
 * reads them: every .gitignore of the tree, .git/info/exclude, and core.excludesFile when set.
 */
final class IgnoreRulesReader {
  static final int MAX_RULES = 5_000;

  /** Read at most this much of one ignore file: a hostile one must not exhaust memory. */
  static final int MAX_FILE_BYTES = 1 << 20;

  private IgnoreRulesReader() {}

  static List<IgnoreRule> read(Repository repository, List<String> gitignores) throws IOException {
    List<IgnoreRule> rules = new ArrayList<>();
    Path workTree = repository.getWorkTree().toPath();
    for (String gitignore : gitignores) {
      int slash = gitignore.lastIndexOf('/');
      String base = slash < 0 ? "" : gitignore.substring(0, slash);
      addFile(rules, workTree.resolve(gitignore), gitignore, Scope.REPOSITORY, base);
    }
    Path exclude = repository.getDirectory().toPath().resolve("info").resolve("exclude");
    addFile(rules, exclude, ".git/info/exclude", Scope.LOCAL, "");
    String excludesFile = repository.getConfig().get(CoreConfig.KEY).getExcludesFile();
    if (excludesFile != null) {
      File file =
          excludesFile.startsWith("~/")
              ? FS.DETECTED.resolve(FS.DETECTED.userHome(), excludesFile.substring(2))
              : FS.DETECTED.resolve(null, excludesFile);
      addFile(rules, file.toPath(), excludesFile, Scope.GLOBAL, "");
    }
    return rules.size() > MAX_RULES ? List.copyOf(rules.subList(0, MAX_RULES)) : rules;
  }

  private static void addFile(
      List<IgnoreRule> rules, Path file, String source, Scope scope, String base)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES);
    }
    // Malformed UTF-8 becomes U+FFFD instead of failing the whole repository.
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        rules.add(new IgnoreRule(source, scope, base, i + 1, line));
      }
    }
  }
}
