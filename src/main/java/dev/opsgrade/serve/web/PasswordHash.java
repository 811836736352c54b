package dev.opsgrade.serve.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The dashboard password as PBKDF2-HMAC-SHA256 of a random salt: the clear text is dropped as soon
 * as it is hashed, and a guess is compared in constant time.
 */
public final class PasswordHash {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 210_000;
  private static final int BITS = 256;

  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(byte[] salt, byte[] hash) {
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes {@code password} and wipes the array. */
  public static PasswordHash of(char[] password) {
    if (password.length == 0) {
      throw new IllegalArgumentException("the dashboard password is empty");
    }
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    try {
      return new PasswordHash(salt, derive(password, salt));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** True when {@code guess} is the password; takes as long whatever the guess. */
  public boolean matches(String guess) {
    char[] chars = guess.toCharArray();
    try {
      return MessageDigest.isEqual(hash, derive(chars, salt));
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static byte[] derive(char[] password, byte[] salt) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Compares two texts in time that depends on their lengths only, not on where they differ. */
  public static boolean constantTimeEquals(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "PasswordHash[PBKDF2]";
  }
}
