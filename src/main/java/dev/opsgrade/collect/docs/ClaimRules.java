package dev.opsgrade.collect.docs;

import static dev.opsgrade.collect.docs.ClaimKinds.ANSIBLE_PLAYBOOKS;
import static dev.opsgrade.collect.docs.ClaimKinds.CONTAINERS_HEALTHY;
import static dev.opsgrade.collect.docs.ClaimKinds.CONTAINERS_HOST;
import static dev.opsgrade.collect.docs.ClaimKinds.CONTAINERS_RUNNING;
import static dev.opsgrade.collect.docs.ClaimKinds.CONTAINERS_TOTAL;
import static dev.opsgrade.collect.docs.ClaimKinds.CONTAINERS_UNHEALTHY;
import static dev.opsgrade.collect.docs.ClaimKinds.DOCS_FILES;
import static dev.opsgrade.collect.docs.ClaimKinds.GRADE_LETTER;
import static dev.opsgrade.collect.docs.ClaimKinds.GRADE_SCORE;
import static dev.opsgrade.collect.docs.ClaimKinds.GRAFANA_DASHBOARDS;
import static dev.opsgrade.collect.docs.ClaimKinds.PROMETHEUS_TARGETS;
import static dev.opsgrade.collect.docs.ClaimKinds.PROMETHEUS_TARGETS_UP;
import static dev.opsgrade.collect.docs.ClaimKinds.TRAEFIK_ROUTERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in ways each kind of claim is written, most specific first: a later rule never claims
 * words an earlier one has matched ("62/62 containers healthy" is one healthy claim, not also a
 * total).
 */
final class ClaimRules {
  /** A number starts here: not inside a word, version, address, path, range, time or amount. */
  static final String START = "(?<![\\w.:/#$€£+\\-–])";

  /** A number ends here: not a decimal, version, time, range, percentage or unit ("40GB"). */
  static final String END = "(?![\\w%]|[.,:/\\-–]\\d)";

  /** "Containers: 62", "containers = 62", and a table row "Containers | 62". */
  private static final String KEY = "\\s*[:=|]\\s*";

  private static final String INT = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final String CT = "\\s+(?:docker\\s+)?containers?\\b";
  private static final String OTHER_NOUN =
      "(?:targets?|checks?|services?|routes?|routers?|backends?|hosts?|nodes?|endpoints?"
          + "|dashboards?|datasources?|jobs?|instances?|probes?|monitors?|sites?|upstreams?)";
  private static final String LETTER =
      "(?<v>A\\+\\+\\+|A\\+|A-|A|B\\+|B|C\\+|C|Failing|failing)(?![\\w+\\-])";
  private static final String DEC = START + "\\d{1,3}(?:\\.\\d+)?";

  /** Grades that are not opsgrade's: a TLS scanner's "A+", a CVSS score. */
  static final Pattern OTHER_GRADER =
      compile(
          "ssl\\s*labs|ssllabs|qualys|observatory|securityheaders|hardenize|internet\\.nl"
              + "|lighthouse|pagespeed|cvss|mozilla|\\bssl\\b|\\btls\\b");

  private static final Pattern SCORE_WORDS =
      compile(
          "\\b(?:score[ds]?|grade[ds]?|rating|rubric|overall|assessment|readiness"
              + "|production[-\\s]ready|opsgrade|result)\\b");
  private static final Pattern DOC_WORDS =
      compile("\\b(?:docs?|documentation|documents?|markdown|inventory)\\b");

  private ClaimRules() {}

  static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static String num(String group) {
    return "(?<" + group + ">" + START + INT + END + ")";
  }

  private static String fraction() {
    return "(?<w>" + START + "(?<v>\\d+)\\s*/\\s*(?<of>\\d+)" + END + ")";
  }

  private static String ofFraction() {
    return "(?<w>" + num("v") + "\\s+(?:out\\s+)?of\\s+" + num("of") + ")";
  }

  /** "are healthy", "were currently running". */
  private static String state(String word) {
    return "(?:\\s+(?:are|were|is|was))?(?:\\s+(?:currently|now|all))?\\s+" + word + "\\b";
  }

  static List<Rule> builtIn(List<String> hosts) {
    List<Rule> rules = new ArrayList<>();
    if (!hosts.isEmpty()) {
      rules.addAll(hostRules(hosts));
    }
    rules.addAll(healthRules(CONTAINERS_UNHEALTHY, "unhealthy"));
    rules.addAll(healthRules(CONTAINERS_HEALTHY, "healthy"));
    rules.addAll(runningRules());
    rules.addAll(targetRules());
    rules.addAll(countRules(GRAFANA_DASHBOARDS, "(?:grafana\\s+)?dashboards?"));
    rules.addAll(countRules(TRAEFIK_ROUTERS, "(?:traefik\\s+|https?\\s+)?routers?"));
    rules.addAll(
        countRules(
            ANSIBLE_PLAYBOOKS,
            "(?:ansible\\s+|dr\\s+|disaster[-\\s]recovery\\s+|recovery\\s+)?playbooks?"));
    rules.addAll(docsRules());
    rules.addAll(gradeRules());
    rules.add(Rule.of(CONTAINERS_TOTAL, CONTAINERS_TOTAL, num("v") + CT));
    rules.add(
        Rule.of(
            CONTAINERS_TOTAL,
            CONTAINERS_TOTAL,
            "\\b(?:total\\s+)?(?:docker\\s+)?containers(?:\\s+total)?" + KEY + num("v")));
    return List.copyOf(rules);
  }

  static String hostAlternation(List<String> hosts) {
    return "(?<h>(?<![\\w-])(?:"
        + hosts.stream().map(Pattern::quote).collect(Collectors.joining("|"))
        + ")(?![\\w-]))";
  }

  private static List<Rule> hostRules(List<String> hosts) {
    String host = hostAlternation(hosts);
    String fact = "containers.host.{h}";
    return List.of(
        Rule.of(
            CONTAINERS_HOST,
            fact,
            num("v") + CT + "\\s+(?:on|of)\\s+(?:(?:the\\s+)?host\\s+)?" + host),
        Rule.of(
            CONTAINERS_HOST,
            fact,
            host + "\\s*(?:[:=(\\-–—]|(?:runs|has|hosts|carries|with)\\b)\\s*" + num("v") + CT),
        Rule.of(CONTAINERS_HOST, fact, num("v") + "\\s+on\\s+" + host)
            .when(s -> s.masked().toLowerCase(Locale.ROOT).contains("container")));
  }

  private static List<Rule> healthRules(String kind, String word) {
    String notOtherNoun = "(?:" + CT + "|(?!\\s+" + OTHER_NOUN + "\\b))";
    return List.of(
        Rule.of(kind, kind, "\\ball\\s+" + num("v") + CT + state(word)).shaped(Rule.Shape.ALL_OF),
        Rule.of(kind, kind, fraction() + "(?:" + CT + ")?" + state(word)),
        Rule.of(kind, kind, ofFraction() + CT + state(word)),
        Rule.of(kind, kind, num("v") + CT + state(word)),
        Rule.of(kind, kind, num("v") + "\\s+of\\s+them" + state(word)),
        Rule.of(kind, kind, num("v") + "\\s+" + word + "\\b" + notOtherNoun),
        Rule.of(kind, kind, "\\b(?<w>no|zero)\\s+" + word + "\\s+containers\\b")
            .shaped(Rule.Shape.NONE),
        Rule.of(kind, kind, "\\b" + word + "(?:\\s+containers)?" + KEY + fraction()),
        Rule.of(kind, kind, "\\b" + word + "(?:\\s+containers)?" + KEY + num("v")));
  }

  private static List<Rule> runningRules() {
    String k = CONTAINERS_RUNNING;
    String running = "(?:running|up)\\b(?!\\s+to\\b)";
    return List.of(
        Rule.of(k, k, "\\ball\\s+" + num("v") + CT + state(running)).shaped(Rule.Shape.ALL_OF),
        Rule.of(k, k, fraction() + "(?:" + CT + ")?" + state(running)),
        Rule.of(k, k, ofFraction() + CT + state(running)),
        Rule.of(k, k, num("v") + "\\s+running" + CT),
        Rule.of(k, k, num("v") + CT + state(running)),
        Rule.of(k, k, num("v") + "\\s+of\\s+them" + state(running)),
        Rule.of(k, k, "\\brunning(?:\\s+containers)?" + KEY + num("v")));
  }

  private static List<Rule> targetRules() {
    String targets = "(?:prometheus\\s+|scrape\\s+)?targets?\\b";
    String up = PROMETHEUS_TARGETS_UP;
    String k = PROMETHEUS_TARGETS;
    return List.of(
        Rule.of(k, up, "\\ball\\s+" + num("v") + "\\s+" + targets + state("(?:up|healthy)"))
            .shaped(Rule.Shape.ALL_OF),
        Rule.of(k, up, fraction() + "\\s+" + targets),
        Rule.of(k, up, ofFraction() + "\\s+" + targets + state("(?:up|healthy)")),
        Rule.of(k, up, num("v") + "\\s+" + targets + state("(?:up|healthy)")),
        Rule.of(k, up, num("v") + "\\s+(?:up|healthy)\\s+" + targets),
        Rule.of(k, k, num("v") + "\\s+" + targets),
        Rule.of(k, up, "\\b" + targets + "(?:\\s+up)?" + KEY + fraction()),
        Rule.of(k, up, "\\b" + targets + "\\s+up" + KEY + num("v")),
        Rule.of(k, k, "\\b" + targets + KEY + num("v")));
  }

  /**
   * A count of things: "7 dashboards", "Dashboards: 7", and "7/7 dashboards", whose total is the
   * count (the part that works is not measured).
   */
  private static List<Rule> countRules(String kind, String noun) {
    String total = "(?<w>" + START + "\\d+\\s*/\\s*(?<v>\\d+)" + END + ")";
    return List.of(
        Rule.of(kind, kind, total + "\\s+" + noun + "\\b"),
        Rule.of(kind, kind, num("v") + "\\s+" + noun + "\\b"),
        Rule.of(kind, kind, "\\b" + noun + KEY + total),
        Rule.of(kind, kind, "\\b" + noun + KEY + num("v")));
  }

  private static List<Rule> docsRules() {
    String docNoun =
        "(?:(?:markdown|doc|documentation)\\s+(?:files?|documents?|pages?)|docs|documents)\\b";
    return List.of(
        Rule.of(DOCS_FILES, DOCS_FILES, num("v") + "\\s+" + docNoun),
        Rule.of(DOCS_FILES, DOCS_FILES, num("v") + "\\s+files\\b").when(ClaimRules::aboutDocs),
        Rule.of(DOCS_FILES, DOCS_FILES, "\\b" + docNoun + KEY + num("v")),
        Rule.of(DOCS_FILES, DOCS_FILES, "\\bfiles" + KEY + num("v")).when(ClaimRules::aboutDocs));
  }

  private static List<Rule> gradeRules() {
    String keyword =
        "(?i:\\b(?:overall\\s+)?(?:grade|graded|rated|rating))\\b"
            + "(?:\\s*(?:[:=|]|->|→|(?i:is|of|was|now|remains|at)\\b))?\\s*";
    String score =
        "(?<w>(?<v>"
            + DEC
            + ")(?:\\s*/\\s*100\\b|\\s*%)?)(?![\\w/]|[.,:\\-–]\\d)"
            + "(?!\\s+(?!points?\\b|pts\\b)[a-z]+s\\b)";
    String outOf100 = "(?<w>(?<v>" + DEC + ")\\s*/\\s*100)(?![\\w/%]|[.,]\\d)";
    return List.of(
        Rule.of(GRADE_LETTER, GRADE_LETTER, keyword + LETTER)
            .caseSensitive()
            .when(ClaimRules::ours),
        Rule.of(GRADE_LETTER, GRADE_LETTER, "(?<![\\w+])" + LETTER + "\\s+(?i:grade)\\b")
            .caseSensitive()
            .when(ClaimRules::ours),
        Rule.of(GRADE_LETTER, GRADE_LETTER, "(?<![\\w+])(?<v>A\\+\\+\\+)(?![\\w+])")
            .caseSensitive()
            .when(ClaimRules::ours),
        Rule.of(
                GRADE_SCORE,
                GRADE_SCORE,
                "\\bscore[ds]?(?:\\s*[:=|]|\\s+(?:is|of|was|now)\\b)?\\s*" + score)
            .when(ClaimRules::ours),
        Rule.of(GRADE_SCORE, GRADE_SCORE, outOf100)
            .when(s -> ours(s) && SCORE_WORDS.matcher(s.masked()).find()),
        Rule.of(
                GRADE_SCORE,
                GRADE_SCORE,
                outOf100 + "(?=\\s*(?:$|[).,;:(]|\\p{Pd}|points?\\b|pts\\b))")
            .when(ClaimRules::ours),
        Rule.of(GRADE_SCORE, GRADE_SCORE, "(?<w>(?<v>" + DEC + ")\\s+out\\s+of\\s+100)\\b")
            .when(s -> ours(s) && SCORE_WORDS.matcher(s.masked()).find()));
  }

  private static boolean ours(Rule.Sentence sentence) {
    return !OTHER_GRADER.matcher(sentence.masked()).find();
  }

  private static boolean aboutDocs(Rule.Sentence sentence) {
    return sentence.inInventory() || DOC_WORDS.matcher(sentence.masked()).find();
  }
}
