package dev.opsgrade.collect.docs;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One way a claim of a kind is written. The pattern's named groups: {@code v} the value, {@code of}
 * the total of a fraction, {@code h} a host, {@code w} the value as written (default: from {@code
 * v} to {@code of}).
 *
 * @param fact the measurement compared with; "{h}" stands for the host
 * @param context what else the sentence must say for a match to be a claim
 */
record Rule(String kind, String fact, Pattern pattern, Shape shape, Predicate<Sentence> context) {

  enum Shape {
    /** The value as matched. */
    PLAIN,
    /** "all 62 containers healthy": the value is also the total. */
    ALL_OF,
    /** "no unhealthy containers": zero. */
    NONE
  }

  /** A sentence (or table cell) being read, with what the rules may need to know about it. */
  record Sentence(String masked, boolean inInventory) {}

  static Rule of(String kind, String fact, String regex) {
    return new Rule(kind, fact, ClaimRules.compile(regex), Shape.PLAIN, s -> true);
  }

  Rule shaped(Shape newShape) {
    return new Rule(kind, fact, pattern, newShape, context);
  }

  Rule when(Predicate<Sentence> newContext) {
    return new Rule(kind, fact, pattern, shape, newContext);
  }

  Rule caseSensitive() {
    return new Rule(kind, fact, Pattern.compile(pattern.pattern()), shape, context);
  }
}
