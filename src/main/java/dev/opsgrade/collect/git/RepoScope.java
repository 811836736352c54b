package dev.opsgrade.collect.git;

import java.util.Collections;
import java.util.Optional;

/**
 * Where an inventory's repo entry lies in its git repository, on strings only: {@code repo} is the
 * entry as the inventory writes it ("." or "../lady-config"), {@code root} the repository's work
 * tree as seen from the inventory's folder ("../.." when the entry is a folder two levels down;
 * absolute when no relative form exists), {@code scope} the entry's folder relative to that root
 * ("." when the entry is the root itself). Git paths are relative to the root; what a user reads
 * and clicks is relative to the inventory's folder ({@link #display}).
 */
public record RepoScope(String repo, String root, String scope) {
  public static final String WHOLE = ".";

  /** The scope of an entry {@code scope} (root-relative, "." for the root) below its root. */
  public static RepoScope of(String repo, String scope) {
    if (scope.equals(WHOLE)) {
      return new RepoScope(repo, RepoPaths.join(repo, "."), WHOLE);
    }
    String up = String.join("/", Collections.nCopies(scope.split("/").length, ".."));
    return new RepoScope(repo, RepoPaths.join(repo, up), scope);
  }

  public boolean whole() {
    return scope.equals(WHOLE);
  }

  /** Whether a root-relative path lies in the scope (the scope folder itself included). */
  public boolean covers(String rootPath) {
    return whole() || rootPath.equals(scope) || rootPath.startsWith(scope + "/");
  }

  /** A root-relative path relative to the scope's folder (for commands run in the entry). */
  public String inScope(String rootPath) {
    if (whole()) {
      return rootPath;
    }
    if (rootPath.equals(scope)) {
      return ".";
    }
    if (!rootPath.startsWith(scope + "/")) {
      throw new IllegalArgumentException(rootPath + " is not under " + scope);
    }
    return rootPath.substring(scope.length() + 1);
  }

  /** A root-relative path as seen from the inventory's folder: what a user clicks. */
  public String display(String rootPath) {
    return covers(rootPath)
        ? RepoPaths.join(repo, inScope(rootPath))
        : RepoPaths.join(root, rootPath);
  }

  /** The root-relative form of an inventory-relative path, if it lies in the scope. */
  public Optional<String> rootPath(String inventoryPath) {
    return RepoPaths.inside(repo, inventoryPath).map(p -> whole() ? p : scope + "/" + p);
  }

  /** "repo" or "repo (folder a/b of the repository at ../..)" for messages. */
  public String describe() {
    return whole() ? repo : repo + " (folder " + scope + " of the repository at " + root + ")";
  }
}
