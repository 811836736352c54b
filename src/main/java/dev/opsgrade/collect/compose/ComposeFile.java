package dev.opsgrade.collect.compose;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * A compose file as read for one host: which files it pulled in, how many services it declares, the
 * secret files it names, or why it could not be read (with the position of the problem).
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
    Optional<Integer> errorColumn) {

  public boolean readable() {
    return error.isEmpty();
  }
}
