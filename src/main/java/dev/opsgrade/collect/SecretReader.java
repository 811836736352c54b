package dev.opsgrade.collect;

import dev.opsgrade.model.inventory.SecretRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads a secret when a collector needs it: {@code env:NAME} from the collection's environment,
 * {@code file:path} relative to the inventory's folder (without its trailing line break). What went
 * wrong names the reference, never a value. (A stand-in until config/SecretResolver reaches main.)
 */
public final class SecretReader {
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private SecretReader() {}

  /** The secret's value, or why it cannot be read (as {@link Result#problem()}). */
  public record Result(Optional<String> value, String problem) {
    static Result of(String value) {
      return new Result(Optional.of(value), "");
    }

    static Result problem(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }

  public static Result read(SecretRef secret, CollectContext context) {
    String reference = secret.reference();
    if (reference.startsWith("env:")) {
      String name = reference.substring(4);
      String value = context.environment().get(name);
      if (value == null || value.isEmpty()) {
        return Result.problem("secret env:" + name + " is not set in the environment");
      }
      return Result.of(value);
    }
    return fromFile(reference.substring(5), context);
  }

  /** What outputs show instead of a secret: the first 8 hex digits of its SHA-256. */
  public static String fingerprint(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Result fromFile(String path, CollectContext context) {
    Path file = context.resolve(path);
    try {
      if (!Files.isRegularFile(file)) {
        return Result.problem("secret file:" + path + ": no such file " + file);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        return Result.problem("secret file:" + path + ": larger than 64 KiB");
      }
      String value = Files.readString(file).replaceFirst("\\r?\\n$", "");
      return value.isEmpty()
          ? Result.problem("secret file:" + path + ": the file is empty")
          : Result.of(value);
    } catch (IOException e) {
      return Result.problem(
          "secret file:"
              + path
              + ": cannot read "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }
}
