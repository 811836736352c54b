package dev.opsgrade.init;

/** Scalars and comments as the inventory writer puts them into YAML. */
final class YamlText {
  private YamlText() {}

  /**
   * A double-quoted YAML string holding {@code raw} literally: the loader interpolates ${...}, so a
   * '$' found in a path or a name is written as "$$".
   */
  static String quoted(String raw) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '$' -> out.append("$$");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A secret by reference: the variable's name only, never a value. */
  static String reference(String variable) {
    if (!variable.matches("[A-Z_][A-Z0-9_]*")) {
      throw new IllegalArgumentException("not a variable name: " + variable);
    }
    return "\"${" + variable + "}\"";
  }

  /** One comment line's text: line breaks and control characters become spaces. */
  static String comment(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }
}
