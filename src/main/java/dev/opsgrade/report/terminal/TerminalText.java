package dev.opsgrade.report.terminal;

import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for the terminal: estate text made inert, fitted and wrapped to columns. */
final class TerminalText {
  private static final String CUT = "...";

  private TerminalText() {}

  /** Control characters (escape sequences above all) from the estate become '?'. */
  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }

  /** At most {@code width} characters, cut with "..." when longer. */
  static String fit(String text, int width) {
    String clean = clean(text);
    if (clean.length() <= width) {
      return clean;
    }
    return clean.substring(0, Math.max(0, width - CUT.length())) + CUT;
  }

  /** At most {@code width} characters, cut at the start: the end of a path is what matters. */
  static String fitEnd(String text, int width) {
    String clean = clean(text);
    if (clean.length() <= width) {
      return clean;
    }
    return CUT + clean.substring(clean.length() - (width - CUT.length()));
  }

  static String padRight(String text, int width) {
    String fitted = fit(text, width);
    return fitted + " ".repeat(width - fitted.length());
  }

  static String padLeft(String text, int width) {
    String fitted = fit(text, width);
    return " ".repeat(width - fitted.length()) + fitted;
  }

  /** Word-wrapped lines of at most {@code width}; continuation lines start with {@code indent}. */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean(text).split(" +")) {
      int room = width - (lines.isEmpty() ? 0 : indent.length());
      if (!line.isEmpty() && line.length() + 1 + word.length() > room) {
        lines.add(line.toString());
        line.setLength(0);
        room = width - indent.length();
      }
      line.append(line.isEmpty() ? "" : " ").append(fit(word, room));
    }
    lines.add(line.toString());
    List<String> indented = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      indented.add(i == 0 ? lines.get(i) : indent + lines.get(i));
    }
    return indented;
  }
}
