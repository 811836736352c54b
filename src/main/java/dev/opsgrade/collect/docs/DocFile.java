package dev.opsgrade.collect.docs;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Optional;

/**
 * A Markdown file of the docs and when it last changed.
 *
 * @param path relative to the inventory's folder
 * @param lines its number of lines (0 when it was too large to read)
 * @param changeSource where {@code lastChange} comes from
 * @param commit the abbreviated id of the last commit that changed it, when from git
 */
@FactKind("docs.file")
public record DocFile(
    String path,
    int lines,
    Instant lastChange,
    ChangeSource changeSource,
    Optional<String> commit) {

  public enum ChangeSource {
    /** The last commit that changed the file. */
    GIT_COMMIT,
    /** The file's modification time: it has changes that are not committed. */
    FILE_TIME_UNCOMMITTED,
    /** The file's modification time: it is not in a git repository, or not tracked in one. */
    FILE_TIME_NOT_IN_GIT;

    /** How reports name the source of the date. */
    public String describe() {
      return switch (this) {
        case GIT_COMMIT -> "git commit";
        case FILE_TIME_UNCOMMITTED -> "file time, uncommitted changes";
        case FILE_TIME_NOT_IN_GIT -> "file time, not in git";
      };
    }
  }
}
