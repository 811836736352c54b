package dev.opsgrade.history;

import java.nio.file.Path;
import java.util.Optional;

/** A history JDBC url: its dialect, where its SQLite file is, and how to name it safely. */
record HistoryUrl(String url, Dialect dialect) {

  static HistoryUrl of(String url) {
    return new HistoryUrl(url, Dialect.of(url));
  }

  /** The url without its parameters and user info, where a password could be written. */
  static String describe(String url) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.replaceFirst("//[^/@]*@", "//");
  }

  String described() {
    return describe(url);
  }

  /** The database file of a SQLite url; an in-memory database would lose the history on close. */
  Optional<Path> sqliteFile() {
    if (dialect != Dialect.SQLITE) {
      return Optional.empty();
    }
    String path = described().substring("jdbc:sqlite:".length());
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    if (path.isEmpty() || path.contains(":memory:")) {
      throw new IllegalArgumentException(
          "the history needs a database file, not an in-memory SQLite database: " + described());
    }
    return Optional.of(Path.of(path).toAbsolutePath());
  }
}
