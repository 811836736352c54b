package dev.opsgrade.history;

/** The history database cannot be reached or used; the message names it, never its password. */
public final class HistoryException extends RuntimeException {
  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Keeps only the driver's own error (Flyway's wrappers repeat the url): "cannot open the history
   * at jdbc:postgresql://db/opsgrade: FATAL: password authentication failed for user ...".
   */
  static HistoryException cannotOpen(HistoryUrl url, RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new HistoryException(
        "cannot open the history at " + url.described() + ": " + reason, root);
  }
}
