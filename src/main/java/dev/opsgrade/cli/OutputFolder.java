package dev.opsgrade.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The --out folder, made ready before collecting: a folder that cannot hold the reports is the
 * user's error, told at once rather than after minutes of collection.
 */
final class OutputFolder {
  private OutputFolder() {}

  static void prepare(Path out) {
    try {
      Files.createDirectories(out);
    } catch (FileAlreadyExistsException e) {
      throw new UserError("--out " + out + ": " + e.getFile() + " exists and is not a folder");
    } catch (IOException e) {
      throw new UserError("--out " + out + ": cannot create the folder: " + reason(e));
    }
    if (!Files.isWritable(out)) {
      throw new UserError("--out " + out + ": the folder is not writable");
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
