package dev.opsgrade.collect.docs;

import java.util.Arrays;

/**
 * The text of one Markdown block with the source line of every character. {@code masked} has the
 * same length as {@code text} with code spans and inline HTML blanked out, so claims are matched on
 * prose only while offsets still point into the text the reader sees.
 */
final class LinedText {
  static final char MASK = '\uE000';

  private final String text;
  private final String masked;
  private final int[] lines;

  private LinedText(String text, String masked, int[] lines) {
    this.text = text;
    this.masked = masked;
    this.lines = lines;
  }

  static LinedText of(String text, int line) {
    int[] lines = new int[text.length()];
    Arrays.fill(lines, line);
    return new LinedText(text, text, lines);
  }

  String text() {
    return text;
  }

  String masked() {
    return masked;
  }

  int length() {
    return text.length();
  }

  /** The source line of the character at {@code offset} (the last line past the end). */
  int lineAt(int offset) {
    if (lines.length == 0) {
      return 1;
    }
    return lines[Math.max(0, Math.min(offset, lines.length - 1))];
  }

  LinedText sub(int start, int end) {
    return new LinedText(
        text.substring(start, end),
        masked.substring(start, end),
        Arrays.copyOfRange(lines, start, end));
  }

  LinedText append(LinedText other) {
    int[] joined = Arrays.copyOf(lines, lines.length + other.lines.length);
    System.arraycopy(other.lines, 0, joined, lines.length, other.lines.length);
    return new LinedText(text + other.text, masked + other.masked, joined);
  }

  LinedText trim() {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return sub(start, end);
  }

  /** Builds a text piece by piece, each piece with its line and whether it is prose. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder masked = new StringBuilder();
    private int[] lines = new int[64];

    Builder prose(String piece, int line) {
      return add(piece, piece, line);
    }

    Builder code(String piece, int line) {
      return add(piece, String.valueOf(MASK).repeat(piece.length()), line);
    }

    private Builder add(String piece, String mask, int line) {
      int from = text.length();
      text.append(piece);
      masked.append(mask);
      if (lines.length < text.length()) {
        lines = Arrays.copyOf(lines, Math.max(text.length(), lines.length * 2));
      }
      Arrays.fill(lines, from, text.length(), line);
      return this;
    }

    LinedText build() {
      return new LinedText(text.toString(), masked.toString(), Arrays.copyOf(lines, text.length()));
    }
  }
}
