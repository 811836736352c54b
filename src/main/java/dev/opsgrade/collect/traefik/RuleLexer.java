package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.List;

/** Splits a Traefik rule into names, quoted values and the symbols ( ) , && || !. */
final class RuleLexer {

  enum Kind {
    NAME,
    STRING,
    SYMBOL
  }

  record Token(Kind kind, String text, int column) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  static final class RuleException extends Exception {
    RuleException(String message) {
      super(message);
    }
  }

  private RuleLexer() {}

  static List<Token> tokens(String rule) throws RuleException {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < rule.length()) {
      char c = rule.charAt(i);
      int column = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (rule.startsWith("&&", i) || rule.startsWith("||", i)) {
        tokens.add(new Token(Kind.SYMBOL, rule.substring(i, i + 2), column));
        i += 2;
      } else if ("(),!".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), column));
        i++;
      } else if (c == '`' || c == '"' || c == '\'') {
        int end = closing(rule, i, c);
        tokens.add(new Token(Kind.STRING, unquote(rule.substring(i + 1, end), c), column));
        i = end + 1;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < rule.length() && Character.isLetterOrDigit(rule.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.NAME, rule.substring(i, end), column));
        i = end;
      } else {
        throw new RuleException("rule column " + column + ": unexpected character '" + c + "'");
      }
    }
    return tokens;
  }

  private static int closing(String rule, int open, char quote) throws RuleException {
    for (int i = open + 1; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    throw new RuleException("rule column " + (open + 1) + ": unclosed " + quote);
  }

  private static String unquote(String raw, char quote) {
    return quote == '"' ? raw.replace("\\\"", "\"").replace("\\\\", "\\") : raw;
  }
}
