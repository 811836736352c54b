package dev.opsgrade.collect.docs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar date a piece of prose is dated with: 2026-01-10, 10 January 2026, Jan 10,
 * 2026.
 */
final class Dates {
  private static final String MONTH =
      "(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d.])(?<y>20\\d\\d)-(?<mm>\\d\\d)-(?<d>\\d\\d)(?![\\d])");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<!\\d)(?<d>\\d{1,2})\\.?\\s+" + MONTH + "\\.?\\s+(?<y>20\\d\\d)(?!\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH + "\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>20\\d\\d)(?!\\d)");

  /** A paragraph that dates its section: "Last updated: 2026-01-10", "As of 10 January 2026". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?i)\\s*(?:status\\s+)?(?:last\\s+(?:updated|reviewed|modified|verified|checked|edited)"
              + "|updated|reviewed|verified|as\\s+of|date|dated)\\b\\s*(?:on\\b)?\\s*:?\\s*");

  private static final int DATELINE_TAIL = 60;

  private Dates() {}

  record Found(LocalDate date, int start, int end) {}

  static Optional<LocalDate> find(String text) {
    return findWithPosition(text).map(Found::date);
  }

  /** The first valid date in the text, with where it starts. */
  static Optional<Found> findWithPosition(String text) {
    Optional<Found> best = Optional.empty();
    for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH, MONTH_DAY}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = toDate(m, pattern == ISO);
        if (date.isPresent()) {
          if (best.isEmpty() || m.start() < best.get().start()) {
            best = Optional.of(new Found(date.get(), m.start(), m.end()));
          }
          break;
        }
      }
    }
    return best;
  }

  /**
   * The date of a dateline paragraph ("Last reviewed: 2026-09-14 by the ops team"), if it is one. A
   * longer paragraph that opens with "As of DATE" is a dated statement, not a dateline: it dates
   * itself, not the rest of its section.
   */
  static Optional<LocalDate> dateline(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return findWithPosition(text)
        .filter(f -> f.start() == m.end() && text.length() - f.end() <= DATELINE_TAIL)
        .map(Found::date);
  }

  private static Optional<LocalDate> toDate(Matcher m, boolean iso) {
    try {
      int year = Integer.parseInt(m.group("y"));
      int day = Integer.parseInt(m.group("d"));
      int month = iso ? Integer.parseInt(m.group("mm")) : monthOf(m.group("m"));
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2026-02-30 is not a date: the text is not dated by it
    }
  }

  private static int monthOf(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month
          .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT)
          .equals(prefix)) {
        return month.getValue();
      }
    }
    throw new DateTimeException("no month " + name);
  }
}
