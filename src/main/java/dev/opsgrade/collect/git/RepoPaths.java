package dev.opsgrade.collect.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Path arithmetic between the inventory's folder and a repository, on strings only (no file
 * system): repositories are written relative to the inventory ("." or "../lady-config").
 */
public final class RepoPaths {
  private RepoPaths() {}

  /** A repository-relative file as seen from the inventory's folder: ("../x", "a/.env"). */
  public static String join(String repo, String file) {
    String joined = Path.of(repo).resolve(file).normalize().toString().replace('\\', '/');
    return joined.isEmpty() ? "." : joined;
  }

  /** The repository-relative form of an inventory-relative path, if it lies inside the repo. */
  public static Optional<String> inside(String repo, String path) {
    Path base = Path.of(repo).normalize();
    Path target = Path.of(path).normalize();
    if (base.toString().isEmpty()) {
      return target.startsWith("..") || target.isAbsolute()
          ? Optional.empty()
          : Optional.of(target.toString().replace('\\', '/'));
    }
    return target.startsWith(base) && !target.equals(base)
        ? Optional.of(base.relativize(target).toString().replace('\\', '/'))
        : Optional.empty();
  }
}
