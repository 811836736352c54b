package dev.opsgrade.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that no reader ever sees it half written: the content goes to a temporary file
 * in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) {
    Path temp = temp(target, content);
    try {
      move(temp, target);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** The content in a temporary file beside {@code target} (its folder made if missing). */
  public static Path temp(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      return temp;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  public static void move(Path temp, Path target) {
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + temp + " to " + target, e);
    }
  }

  /** Removes a temporary file that was not moved; there is nothing to do if it is gone. */
  public static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // A leftover hidden .tmp file is harmless; the error that matters is reported by the caller.
    }
  }
}
