package dev.opsgrade.collect.docs;

import dev.opsgrade.model.inventory.DocsSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claims in one document: every sentence, list item, heading and table row is read with
 * the rules of {@link ClaimRules} (and the user's docs.claims patterns, which come first), and the
 * guards of {@link Guards} drop what only looks like a claim.
 */
final class ClaimFinder {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'(\\[*_`])|\\n+");
  private static final String SUM_TERM =
      ClaimRules.START + "\\d+" + ClaimRules.END + "\\s+[A-Za-z][\\w-]*";
  private static final Pattern SUM =
      ClaimRules.compile(
          "(?<parts>(?:"
              + SUM_TERM
              + "\\s*\\+\\s*)+"
              + SUM_TERM
              + ")\\s*=\\s*"
              + ClaimRules.num("v")
              + "\\s+(?:docker\\s+)?containers?\\b");
  private static final Pattern SUM_PART = Pattern.compile("(?<v>\\d+)\\s+(?<h>[A-Za-z][\\w-]*)");
  static final int MAX_TEXT = 200;

  private final List<String> hosts;
  private final List<Rule> rules;
  private final TableClaims tables;

  /** Where the claims being found are: the doc's path, and whether it is the doc inventory. */
  record Doc(String file, boolean inventory) {}

  ClaimFinder(List<String> hosts, List<Rule> userRules) {
    this.hosts = List.copyOf(hosts);
    List<Rule> all = new ArrayList<>(userRules);
    all.addAll(ClaimRules.builtIn(hosts));
    this.rules = List.copyOf(all);
    this.tables = new TableClaims(this);
  }

  /** The rule of a docs.claims pattern: its first group (or the whole match) is the value. */
  static Rule userRule(DocsSpec.ClaimPattern pattern) {
    return new Rule(
        pattern.fact(),
        pattern.fact(),
        Pattern.compile(pattern.pattern()),
        Rule.Shape.PLAIN,
        s -> true);
  }

  List<DocClaim> find(Doc doc, List<TextUnit> units) {
    List<DocClaim> claims = new ArrayList<>();
    for (TextUnit unit : units) {
      if (unit.openTask()) {
        continue; // "- [ ] add 5 dashboards" is a plan, not a statement of fact
      }
      if (unit.type() == TextUnit.Type.TABLE_ROW) {
        claims.addAll(tables.find(doc, unit));
        continue;
      }
      for (LinedText sentence : sentences(unit.text())) {
        Optional<LocalDate> date = dateOf(sentence, unit);
        for (Hit hit : hits(doc, sentence)) {
          claims.add(hit.toClaim(doc.file(), sentence, date));
        }
      }
    }
    return claims;
  }

  static Optional<LocalDate> dateOf(LinedText text, TextUnit unit) {
    return Dates.find(text.text()).or(() -> Dates.find(unit.text().text())).or(unit::sectionDate);
  }

  static List<LinedText> sentences(LinedText text) {
    List<LinedText> result = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text.masked());
    int from = 0;
    while (m.find()) {
      result.add(text.sub(from, m.start()));
      from = m.end();
    }
    result.add(text.sub(from, text.length()));
    return result.stream().filter(s -> !s.text().isBlank()).toList();
  }

  /** The claims of one sentence (or table cell), in the order the rules take precedence. */
  List<Hit> hits(Doc doc, LinedText sentence) {
    String masked = sentence.masked();
    Rule.Sentence context = new Rule.Sentence(masked, doc.inventory());
    List<Hit> hits = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    sums(sentence, taken, hits);
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(masked);
      while (m.find()) {
        if (m.end() == m.start()
            || overlaps(taken, m.start(), m.end())
            || !rule.context().test(context)) {
          continue;
        }
        // a rejected match still holds its words: "at least 62 containers running" is no total
        taken.add(new int[] {m.start(), m.end()});
        if (!Guards.rejects(masked, m.start(), m.end())) {
          Hit.of(rule, m, sentence, this::hostName).ifPresent(hits::add);
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** "25 Master + 37 Lady = 62 containers": one claim per host and one of the total. */
  private void sums(LinedText sentence, List<int[]> taken, List<Hit> hits) {
    Matcher m = SUM.matcher(sentence.masked());
    while (m.find()) {
      taken.add(new int[] {m.start(), m.end()});
      if (Guards.rejects(sentence.masked(), m.start(), m.end())) {
        continue;
      }
      Matcher part = SUM_PART.matcher(m.group("parts"));
      int base = m.start("parts");
      while (part.find()) {
        String host = hostName(part.group("h"));
        hits.add(
            Hit.host(
                host,
                sentence,
                base + part.start(),
                base + part.end(),
                base + part.start("v"),
                base + part.end("v")));
      }
      hits.add(Hit.total(sentence, m.start("v"), m.end(), m.start("v"), m.end("v")));
    }
  }

  /** The inventory's spelling of a host named in the docs ("Master" is host master). */
  String hostName(String written) {
    return hosts.stream()
        .filter(h -> h.equalsIgnoreCase(written))
        .findFirst()
        .orElse(written.toLowerCase(Locale.ROOT));
  }

  boolean isHost(String written) {
    return hosts.stream().anyMatch(h -> h.equalsIgnoreCase(written));
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
  }

  /** The sentence as shown in reports: one line, at most about 200 characters around the claim. */
  static String excerpt(String text, int around) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= MAX_TEXT) {
      return flat;
    }
    int from = Math.max(0, Math.min(around - 80, flat.length() - MAX_TEXT));
    int to = Math.min(flat.length(), from + MAX_TEXT);
    return (from > 0 ? "…" : "")
        + flat.substring(from, to).strip()
        + (to < flat.length() ? "…" : "");
  }
}
