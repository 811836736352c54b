package dev.opsgrade.pipeline;

import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;

/**
 * The evidence bundle as a file: its bytes are canonical (one mapper, sorted facts), and its
 * SHA-256 is the hash every report cites.
 */
public record EvidenceFile(EvidenceBundle bundle, byte[] bytes, String sha256) {

  public static EvidenceFile of(EvidenceBundle bundle) {
    byte[] bytes = Json.write(bundle).getBytes(StandardCharsets.UTF_8);
    return new EvidenceFile(bundle, bytes, sha256(bytes));
  }

  /** Reads a saved bundle; a file that is not a bundle is an {@link EvidenceFileException}. */
  public static EvidenceFile read(Path file) throws EvidenceFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new EvidenceFileException(file + ": cannot read evidence bundle: no such file");
    } catch (IOException e) {
      throw new EvidenceFileException(file + ": cannot read evidence bundle: " + e.getMessage());
    }
    try {
      EvidenceBundle bundle = Json.mapper().readValue(bytes, EvidenceBundle.class);
      if (bundle.formatVersion() != EvidenceBundle.FORMAT_VERSION) {
        throw new EvidenceFileException(
            file + ": evidence format " + bundle.formatVersion() + " is not supported");
      }
      return new EvidenceFile(bundle, bytes, sha256(bytes));
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? ""
              : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new EvidenceFileException(
          file + where + ": not an opsgrade evidence bundle: " + problem(e));
    }
  }

  /** Jackson's own words, without its parser-internal location notes. */
  private static String problem(JacksonException e) {
    if (e instanceof tools.jackson.core.exc.UnexpectedEndOfInputException) {
      return "the file ends in the middle of the JSON (truncated?)";
    }
    String message = String.valueOf(e.getOriginalMessage());
    int note = message.indexOf(" (start marker at ");
    return note < 0 ? message : message.substring(0, note);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** A bundle file that cannot be read or parsed. */
  public static final class EvidenceFileException extends Exception {
    public EvidenceFileException(String message) {
      super(message);
    }
  }
}
