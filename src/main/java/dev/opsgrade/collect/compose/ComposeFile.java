package dev.opsgrade.collect.compose;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * A compose file as read for one host: which files it pulled in, how many services it declares, the
 * secret files it names, or why it could not be read (with the position of the problem).
 *
 * <p>{@code missingFiles}: files it refers to that do not exist (an {@code include} path, a
 * required {@code env_file}), each as "path (referenced at file:line:column)". Docker Compose
 * refuses to start such a project; opsgrade reads the rest and says what is missing. {@code
 * errorFile}: the file the error is in (an included file, or the file itself); {@code errorLine}
 * and {@code errorColumn} are positions in that file.
 */
@FactKind("compose.file")
public record ComposeFile(
    String host,
    String file,
    List<String> includedFiles,
    int services,
    List<String> secretFiles,
    Optional<String> error,
    Optional<Integer> errorLine,
    Optional<Integer> errorColumn,
    List<String> missingFiles,
    Optional<String> errorFile) {

  /** The original shape, before {@code missingFiles} and {@code errorFile}. */
  public ComposeFile(
      String host,
      String file,
      List<String> includedFiles,
      int services,
      List<String> secretFiles,
      Optional<String> error,
      Optional<Integer> errorLine,
      Optional<Integer> errorColumn) {
    this(
        host,
        file,
        includedFiles,
        services,
        secretFiles,
        error,
        errorLine,
        errorColumn,
        List.of(),
        error.isPresent() ? Optional.of(file) : Optional.empty());
  }

  public boolean readable() {
    return error.isEmpty();
  }

  /** Readable, and every file it refers to exists. */
  public boolean complete() {
    return readable() && missingFiles.isEmpty();
  }
}
