package dev.opsgrade.acceptance;

import java.util.regex.Pattern;

/** A waiver's subject: exact, or a glob where {@code *} is any text and {@code ?} one character. */
public final class SubjectGlob {
  private SubjectGlob() {}

  public static boolean matches(String glob, String subject) {
    if (glob.indexOf('*') < 0 && glob.indexOf('?') < 0) {
      return glob.equals(subject);
    }
    return toPattern(glob).matcher(subject).matches();
  }

  private static Pattern toPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    regex.append(Pattern.quote(literal.toString()));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
