package dev.opsgrade.report.terminal;

/** ANSI colours, or none at all when the output is not a terminal. */
record TerminalStyle(boolean colour) {
  private static final String RESET = "\u001b[0m";

  String bold(String text) {
    return paint("\u001b[1m", text);
  }

  String red(String text) {
    return paint("\u001b[31m", text);
  }

  String green(String text) {
    return paint("\u001b[32m", text);
  }

  String yellow(String text) {
    return paint("\u001b[33m", text);
  }

  String dim(String text) {
    return paint("\u001b[2m", text);
  }

  private String paint(String code, String text) {
    return colour && !text.isEmpty() ? code + text + RESET : text;
  }
}
