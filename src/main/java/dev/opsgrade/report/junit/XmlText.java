package dev.opsgrade.report.junit;

/**
 * Escapes text for XML 1.0: markup characters as entities, and characters XML cannot carry at all
 * (NUL, most control characters, lone surrogates) as U+FFFD, so a hostile value never breaks the
 * document. In attribute values, line breaks and tabs are kept as character references.
 */
final class XmlText {
  private static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  static String text(String raw) {
    return escape(raw, false);
  }

  static String attribute(String raw) {
    return escape(raw, true);
  }

  private static String escape(String raw, boolean attribute) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        out.append(c).append(raw.charAt(++i));
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&apos;" : "'");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(allowed(c) ? c : REPLACEMENT);
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
