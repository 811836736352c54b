package dev.opsgrade.score;

import java.util.Locale;

/** How every report prints scores and points, so the terminal, Markdown and prose agree. */
public final class ScoreFormat {
  private ScoreFormat() {}

  /** A score: one decimal ("72.4"). */
  public static String score(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A signed change of score: one decimal ("+3.5", "-12.5", "0.0"). */
  public static String delta(double value) {
    String text = score(value);
    return value > 0 ? "+" + text : "-0.0".equals(text) ? "0.0" : text;
  }

  /** Gap-plan points: two decimals with a sign ("+1.67"). */
  public static String points(double value) {
    return String.format(Locale.ROOT, "+%.2f", value);
  }

  /** A rubric number without a needless fraction ("85", "12.5"). */
  public static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  /** "N fixes reach the target T", or why no count can be given. */
  public static String fixesToTarget(Grade grade) {
    String target = number(grade.target());
    int fixes = grade.fixesToTarget();
    if (fixes < 0) {
      return "Fixing every finding listed does not reach the target " + target + ".";
    }
    if (fixes == 0) {
      return "The score already meets the target " + target + ".";
    }
    return fixes + (fixes == 1 ? " fix reaches" : " fixes reach") + " the target " + target + ".";
  }
}
