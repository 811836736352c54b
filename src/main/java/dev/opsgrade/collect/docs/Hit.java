package dev.opsgrade.collect.docs;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * A claim matched in a sentence, by character offsets into it: the whole phrase and the value as
 * written.
 */
record Hit(
    String kind,
    String fact,
    Optional<String> host,
    LinedText source,
    int start,
    int end,
    int writtenStart,
    int writtenEnd,
    String value,
    Optional<String> outOf) {

  static Optional<Hit> of(Rule rule, Matcher m, LinedText source, UnaryOperator<String> hostName) {
    Map<String, Integer> groups = m.pattern().namedGroups();
    int[] value = span(m, groups, "v");
    Optional<String> outOf =
        rule.shape() == Rule.Shape.ALL_OF
            ? Optional.of(number(source, value))
            : has(m, groups, "of") ? Optional.of(m.group("of")) : Optional.empty();
    int[] written =
        has(m, groups, "w")
            ? new int[] {m.start("w"), m.end("w")}
            : new int[] {value[0], has(m, groups, "of") ? m.end("of") : value[1]};
    String claimed = rule.shape() == Rule.Shape.NONE ? "0" : number(source, value);
    if (rule.kind().equals(ClaimKinds.GRADE_SCORE) && Double.parseDouble(claimed) > 100) {
      return Optional.empty();
    }
    Optional<String> host = Optional.empty();
    String fact = rule.fact();
    if (fact.contains("{h}")) {
      host = Optional.of(hostName.apply(m.group("h")));
      fact = fact.replace("{h}", host.get());
    }
    return Optional.of(
        new Hit(
            rule.kind(),
            fact,
            host,
            source,
            m.start(),
            m.end(),
            written[0],
            written[1],
            claimed,
            outOf));
  }

  static Hit host(String host, LinedText source, int start, int end, int valueStart, int valueEnd) {
    return new Hit(
        ClaimKinds.CONTAINERS_HOST,
        ClaimKinds.hostFact(host),
        Optional.of(host),
        source,
        start,
        end,
        valueStart,
        valueEnd,
        number(source, new int[] {valueStart, valueEnd}),
        Optional.empty());
  }

  static Hit total(LinedText source, int start, int end, int valueStart, int valueEnd) {
    return new Hit(
        ClaimKinds.CONTAINERS_TOTAL,
        ClaimKinds.CONTAINERS_TOTAL,
        Optional.empty(),
        source,
        start,
        end,
        valueStart,
        valueEnd,
        number(source, new int[] {valueStart, valueEnd}),
        Optional.empty());
  }

  DocClaim toClaim(String file, LinedText shown, Optional<LocalDate> asOf) {
    String text = source.text();
    return new DocClaim(
        file,
        source.lineAt(writtenStart),
        ClaimFinder.excerpt(shown.text(), start),
        kind,
        fact,
        host,
        text.substring(start, end).strip(),
        text.substring(writtenStart, writtenEnd),
        value,
        outOf,
        asOf);
  }

  private static boolean has(Matcher m, Map<String, Integer> groups, String name) {
    return groups.containsKey(name) && m.start(name) >= 0;
  }

  /** The value's span: group v, else the first group (docs.claims patterns), else the match. */
  private static int[] span(Matcher m, Map<String, Integer> groups, String name) {
    if (has(m, groups, name)) {
      return new int[] {m.start(name), m.end(name)};
    }
    if (m.groupCount() >= 1 && m.start(1) >= 0) {
      return new int[] {m.start(1), m.end(1)};
    }
    return new int[] {m.start(), m.end()};
  }

  /** "1,200" is 1200. */
  private static String number(LinedText source, int[] span) {
    String written = source.text().substring(span[0], span[1]);
    return written.matches("\\d{1,3}(?:,\\d{3})+") ? written.replace(",", "") : written;
  }
}
