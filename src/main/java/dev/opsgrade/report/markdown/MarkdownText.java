package dev.opsgrade.report.markdown;

/**
 * Makes text from the estate (service names, messages, rules) safe inside Markdown: it can neither
 * break a table row, start a code span or link, nor inject HTML, and stays on one line.
 */
public final class MarkdownText {
  private MarkdownText() {}

  public static String escape(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\\', '|', '`', '*', '[', ']' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r' -> {
          out.append(' ');
          if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A value in a code span when it is safe there (a hash, an id), escaped text otherwise. */
  static String code(String raw) {
    return raw.matches("[A-Za-z0-9._:/-]+") ? "`" + raw + "`" : escape(raw);
  }
}
