package dev.opsgrade.collect.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in one file's bytes. The keyword automaton picks the rules whose keywords occur;
 * only those rules' regexes run. The text is decoded as ISO-8859-1 so that every character is one
 * byte of the file and a fingerprint hashes the secret's exact bytes.
 */
public final class SecretScanner {
  private static final int MAX_EXCERPT = 200;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_\\-]{20,}");

  private final List<SecretRule> rules;
  private final KeywordAutomaton keywords;

  public SecretScanner(List<SecretRule> rules) {
    this.rules = List.copyOf(rules);
    this.keywords = new KeywordAutomaton(this.rules);
  }

  public static SecretScanner standard() {
    return new SecretScanner(SecretRules.standard());
  }

  public List<SecretRule> rules() {
    return rules;
  }

  /** The prefilter: indexes of the rules one of whose keywords occurs in the bytes. */
  public BitSet candidates(byte[] bytes, int length) {
    return keywords.rulesIn(bytes, length);
  }

  public List<SecretMatch> scan(byte[] bytes, int length) {
    return scan(bytes, length, candidates(bytes, length));
  }

  /** Runs the regexes of the candidate rules only. */
  public List<SecretMatch> scan(byte[] bytes, int length, BitSet candidates) {
    return scan(bytes, length, candidates, Deadline.never());
  }

  /**
   * Runs the regexes of the candidate rules only, giving up when the deadline passes.
   *
   * @throws DeadlineText.Stopped when it passed while a regex ran
   */
  List<SecretMatch> scan(byte[] bytes, int length, BitSet candidates, Deadline deadline) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    String plain = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    CharSequence text = new DeadlineText(plain, deadline);
    List<int[]> taken = new ArrayList<>();
    List<SecretMatch> found = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      SecretRule rule = rules.get(i);
      Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        int start = matcher.start("secret");
        int end = matcher.end("secret");
        String secret = matcher.group("secret");
        if (accepted(rule, secret) && !overlaps(taken, start, end)) {
          taken.add(new int[] {start, end});
          found.add(matchAt(rule, plain, start, end, secret));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(SecretMatch::line));
    return List.copyOf(found);
  }

  private static boolean accepted(SecretRule rule, String secret) {
    if (rule.filterPlaceholders() && SecretValues.isPlaceholder(secret)) {
      return false;
    }
    return SecretValues.entropy(secret) >= rule.minEntropy();
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] span : taken) {
      if (start < span[1] && span[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static SecretMatch matchAt(
      SecretRule rule, String text, int start, int end, String secret) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    Optional<String> excerpt =
        rule.multiline() ? Optional.empty() : redactedLine(text, start, end, secret);
    return new SecretMatch(
        rule.id(), rule.title(), line, SecretValues.fingerprint(secret), excerpt);
  }

  /**
   * The line with every copy of the secret replaced by ***, or nothing when that is not safe: a
   * secret over several lines, a long line, or another long random-looking token left on it.
   */
  static Optional<String> redactedLine(String text, int start, int end, String secret) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', start);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    if (end > lineEnd) {
      return Optional.empty();
    }
    String redacted =
        text.substring(lineStart, lineEnd).replace(secret, "***").replace('\t', ' ').strip();
    if (redacted.length() > MAX_EXCERPT || !redacted.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return Optional.empty();
    }
    Matcher token = TOKEN.matcher(redacted);
    while (token.find()) {
      if (SecretValues.entropy(token.group()) > 3.5) {
        return Optional.empty();
      }
    }
    return Optional.of(redacted);
  }
}
