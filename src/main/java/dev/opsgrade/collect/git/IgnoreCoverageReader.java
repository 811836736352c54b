package dev.opsgrade.collect.git;

import dev.opsgrade.collect.git.GitIgnoreCoverage.IgnoreRule;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Probe;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Repository;

/**
 * Builds the ignore coverage of a repo entry's folder from the rules, the index entries under the
 * folder and the working tree walk of it.
 */
final class IgnoreCoverageReader {
  static final int MAX_FILES = 500;

  private IgnoreCoverageReader() {}

  static GitIgnoreCoverage read(RepoScope where, Repository repository, WorkTree.Listing listing)
      throws IOException {
    List<IgnoreRule> rules = IgnoreRulesReader.read(repository, listing.gitignores());
    IgnoreMatcher matcher = new IgnoreMatcher(rules);
    List<SensitiveFile> files = new ArrayList<>();
    DirCacheEntry[] tracked =
        repository.readDirCache().getEntriesWithin(where.whole() ? "" : where.scope());
    Path workTree = repository.getWorkTree().toPath();
    for (int i = 0; i < tracked.length && files.size() < MAX_FILES; i++) {
      String path = tracked[i].getPathString();
      Optional<String> kind = SecretFileNames.kindOf(path).map(k -> refine(k, workTree, path));
      kind.ifPresent(
          k ->
              files.add(
                  new SensitiveFile(
                      path, where.display(path), k, true, matcher.verdict(path, false).ignored())));
    }
    for (WorkTree.Found found : listing.secretLooking()) {
      if (!found.tracked() && files.size() < MAX_FILES) {
        files.add(
            new SensitiveFile(
                found.path(), where.display(found.path()), found.kind(), false, found.ignored()));
      }
    }
    return new GitIgnoreCoverage(
        where.repo(), where.root(), where.scope(), rules, probes(matcher, listing, where), files);
  }

  /** Probe names in the entry's folder and in every folder under it with its own .gitignore. */
  private static List<Probe> probes(
      IgnoreMatcher matcher, WorkTree.Listing listing, RepoScope where) {
    Set<String> folders = new LinkedHashSet<>();
    folders.add(where.whole() ? "" : where.scope());
    for (String gitignore : listing.gitignores()) {
      int slash = gitignore.lastIndexOf('/');
      String folder = slash < 0 ? "" : gitignore.substring(0, slash);
      if (where.covers(folder)) {
        folders.add(folder);
      }
    }
    List<Probe> probes = new ArrayList<>();
    for (String folder : folders) {
      for (String name : SecretFileNames.PROBES) {
        String path = folder.isEmpty() ? name : folder + "/" + name;
        probes.add(new Probe(path, matcher.verdict(path, false)));
      }
    }
    return probes;
  }

  /** A tracked .pem is a certificate unless it holds a private key. */
  private static String refine(String kind, Path workTree, String path) {
    if (!kind.equals(SecretFileNames.CERTIFICATE)) {
      return kind;
    }
    Path file = workTree.resolve(path);
    if (!Files.isRegularFile(file)) {
      return kind;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(65_536), StandardCharsets.ISO_8859_1);
      return head.contains("PRIVATE KEY-----") ? SecretFileNames.PRIVATE_KEY : kind;
    } catch (IOException e) {
      // Unreadable: keep the cautious kind from the name; the secret scan reports read errors.
      return kind;
    }
  }
}
