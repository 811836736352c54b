package dev.opsgrade.config;

/**
 * One thing wrong with an input file: where it is (line and column from 1; 0 when the problem is
 * about the whole file), the path of the value inside the document ({@code hosts[1].docker}, empty
 * for the document itself) and what is wrong. Messages never quote a secret.
 */
public record Problem(String file, int line, int column, String path, String message) {

  public static Problem ofFile(String file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  /** {@code file:line:column: path: message}, leaving out what is unknown. */
  public String display() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }

  @Override
  public String toString() {
    return display();
  }
}
