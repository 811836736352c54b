package dev.opsgrade.config;

import dev.opsgrade.model.inventory.SecretRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Reads a secret when a collector needs it: {@code env:NAME} from the environment, then from the
 * .env file in the inventory's folder; {@code file:path} relative to that folder, without its
 * trailing line break. Errors name the reference, never a value.
 */
public final class SecretResolver {
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private SecretResolver() {}

  public static String resolve(SecretRef secret, Path baseDir, Map<String, String> environment) {
    String reference = secret.reference();
    if (reference.startsWith("env:")) {
      return fromEnvironment(reference.substring(4), baseDir, environment);
    }
    return fromFile(reference.substring(5), baseDir);
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

  private static String fromEnvironment(
      String name, Path baseDir, Map<String, String> environment) {
    String value = environment.get(name);
    if (value == null) {
      Problems problems = new Problems();
      Path dotEnv = baseDir.resolve(".env");
      value = DotEnv.read(dotEnv, dotEnv.toString(), environment, problems).get(name);
      if (!problems.isEmpty() && value == null) {
        throw new SecretException(
            "secret env:" + name + ": not in the environment, and " + dotEnv + " has problems");
      }
    }
    if (value == null) {
      throw new SecretException(
          "secret env:" + name + ": not set in the environment nor in " + baseDir.resolve(".env"));
    }
    if (value.isEmpty()) {
      throw new SecretException("secret env:" + name + ": the variable is empty");
    }
    return value;
  }

  private static String fromFile(String path, Path baseDir) {
    Path file = baseDir.resolve(path).normalize();
    try {
      if (!Files.isRegularFile(file)) {
        throw new SecretException("secret file:" + path + ": no such file " + file);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new SecretException("secret file:" + path + ": larger than 64 KiB");
      }
      String value = Files.readString(file).replaceFirst("\\r?\\n$", "");
      if (value.isEmpty()) {
        throw new SecretException("secret file:" + path + ": the file is empty");
      }
      return value;
    } catch (IOException e) {
      throw new SecretException(
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
