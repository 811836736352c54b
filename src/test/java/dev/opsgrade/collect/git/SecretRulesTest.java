package dev.opsgrade.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SecretRulesTest {
  private final SecretScanner scanner = SecretScanner.standard();

  @Test
  void theRuleSetHasAtLeast25RulesAndASampleForEach() {
    List<String> ids = scanner.rules().stream().map(SecretRule::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(25);
    assertThat(SecretSamples.truePositives().keySet()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void everyRuleFindsItsTruePositive() {
    for (Map.Entry<String, String> sample : SecretSamples.truePositives().entrySet()) {
      List<SecretMatch> matches = scan("# config\n" + sample.getValue() + "\n");
      assertThat(matches)
          .as("rule %s", sample.getKey())
          .extracting(SecretMatch::rule)
          .containsExactly(sample.getKey());
      assertThat(matches.get(0).line()).as("line of %s", sample.getKey()).isGreaterThanOrEqualTo(2);
      assertThat(matches.get(0).fingerprint()).matches("[0-9a-f]{12}");
    }
  }

  @Test
  void placeholdersDigestsUuidsAndProseDoNotFire() {
    for (String line : SecretSamples.falsePositives()) {
      assertThat(scan(line + "\n")).as(line).isEmpty();
    }
  }

  @Test
  void aFileWithoutAnyKeywordNeverReachesARegex() {
    byte[] prose =
        "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.candidates(prose, prose.length).isEmpty()).isTrue();
  }

  @Test
  void theKeywordAutomatonAgreesWithAPlainSearch() {
    List<SecretRule> rules = scanner.rules();
    List<String> keywords = rules.stream().flatMap(r -> r.keywords().stream()).toList();
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        text.append(GitTestRepos.alnum(random.nextInt(1, 12), random.nextLong())).append(' ');
        if (random.nextInt(10) == 0) {
          String keyword = keywords.get(random.nextInt(keywords.size()));
          text.append(random.nextBoolean() ? keyword.toUpperCase(Locale.ROOT) : keyword);
        }
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
      assertThat(scanner.candidates(bytes, bytes.length)).isEqualTo(naive(rules, text.toString()));
    }
  }

  @Test
  void excerptsShowTheLineWithTheSecretRedactedOrNothing() {
    String token = "gh" + "p_" + GitTestRepos.alnum(36, 4);
    SecretMatch single = scan("export GITHUB_TOKEN=" + token + "\n").get(0);
    assertThat(single.excerpt()).contains("export GITHUB_TOKEN=***");
    String pem = SecretSamples.truePositives().get("private-key-pem");
    assertThat(scan(pem).get(0).excerpt()).isEmpty();
    String two = "A=" + token + " B=" + GitTestRepos.alnum(40, 99) + "\n";
    assertThat(scan(two).get(0).excerpt()).isEmpty();
  }

  @Test
  void fingerprintIsTheStartOfTheSha256OfTheSecret() {
    assertThat(SecretValues.fingerprint("abc")).isEqualTo("ba7816bf8f01");
    assertThat(SecretValues.entropy("aaaa")).isZero();
    assertThat(SecretValues.entropy("abcd")).isEqualTo(2.0);
  }

  private List<SecretMatch> scan(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return scanner.scan(bytes, bytes.length);
  }

  private static BitSet naive(List<SecretRule> rules, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    BitSet found = new BitSet();
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String keyword : rules.get(i).keywords()) {
        if (lower.contains(keyword)) {
          found.set(i);
          hits.add(i);
        }
      }
    }
    return found;
  }
}
