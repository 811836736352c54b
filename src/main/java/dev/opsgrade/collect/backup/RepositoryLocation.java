package dev.opsgrade.collect.backup;

/** A repository's location as outputs show it: without the user and password a URL may hold. */
public final class RepositoryLocation {
  private RepositoryLocation() {}

  public static String display(String repo) {
    return repo.replaceAll("//[^/@\\s]*@", "//");
  }
}
