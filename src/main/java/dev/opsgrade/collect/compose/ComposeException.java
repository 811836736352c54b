package dev.opsgrade.collect.compose;

/**
 * Why a compose file cannot be read, and where. The problem text never holds a value read from the
 * file: only names, paths and positions, so it can be shown and stored as evidence.
 */
final class ComposeException extends RuntimeException {
  private final transient Position position;

  ComposeException(Position position, String problem) {
    super(problem);
    this.position = position;
  }

  Position position() {
    return position;
  }

  String problem() {
    return getMessage();
  }
}
