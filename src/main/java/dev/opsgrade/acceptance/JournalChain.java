package dev.opsgrade.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the journal. An entry's hash is the SHA-256 of a canonical form of its fields
 * including the previous entry's hash, so changing, removing or reordering an entry breaks the
 * chain from there on. The canonical form is ours, not a JSON library's layout: each field as its
 * UTF-8 byte length, a colon, its bytes and a line feed, after a version line, so it can neither be
 * ambiguous nor change with a library upgrade.
 */
public final class JournalChain {
  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "opsgrade-journal/1";

  private JournalChain() {}

  /** The entry that follows {@code previous} (or starts the chain), with its hash. */
  public static JournalEntry next(
      long previousSeq,
      String previousHash,
      Instant at,
      String inventory,
      String kind,
      String subject,
      String payload) {
    long seq = previousSeq + 1;
    String hash = hash(seq, at, inventory, kind, subject, payload, previousHash);
    return new JournalEntry(seq, at, inventory, kind, subject, payload, previousHash, hash);
  }

  /** The hash the entry should have for its content. */
  public static String hashOf(JournalEntry e) {
    return hashAs(e, e.seq());
  }

  /** The hash the entry would have had at position {@code seq}. */
  static String hashAs(JournalEntry e, long seq) {
    return hash(seq, e.at(), e.inventory(), e.kind(), e.subject(), e.payload(), e.prevHash());
  }

  private static String hash(
      long seq,
      Instant at,
      String inventory,
      String kind,
      String subject,
      String payload,
      String prevHash) {
    StringBuilder canonical = new StringBuilder(VERSION).append('\n');
    for (String field :
        new String[] {
          Long.toString(seq),
          Long.toString(at.toEpochMilli()),
          inventory,
          kind,
          subject,
          payload,
          prevHash
        }) {
      canonical
          .append(field.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(field)
          .append('\n');
    }
    return sha256(canonical.toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
