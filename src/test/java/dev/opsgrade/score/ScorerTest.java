package dev.opsgrade.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Severity;
import dev.opsgrade.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  static Rubric defaultRubric() {
    Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
    double[] weights = {20, 10, 12, 15, 15, 10, 8, 10};
    for (Category category : Category.values()) {
      categories.put(category, new Rubric.CategoryRule(weights[category.ordinal()], 60));
    }
    List<Rubric.LetterBand> letters =
        List.of(
            new Rubric.LetterBand(95, "A+++"),
            new Rubric.LetterBand(90, "A+"),
            new Rubric.LetterBand(85, "A"),
            new Rubric.LetterBand(80, "A-"),
            new Rubric.LetterBand(75, "B+"),
            new Rubric.LetterBand(70, "B"),
            new Rubric.LetterBand(65, "C+"),
            new Rubric.LetterBand(60, "C"),
            new Rubric.LetterBand(0, "Failing"));
    return new Rubric(85, categories, Map.of(), letters);
  }

  static Finding finding(String check, String subject, Status status) {
    var metadata = Catalogue.standard().get(check);
    return new Finding(
        check,
        metadata.category(),
        status,
        Severity.HIGH,
        subject,
        "m",
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  private static List<Finding> allPassing() {
    List<Finding> findings = new ArrayList<>();
    for (String id : Catalogue.standard().ids()) {
      findings.add(finding(id, "estate", Status.PASS));
    }
    return findings;
  }

  private Assessment score(List<Finding> findings) {
    return new Scorer(defaultRubric(), Catalogue.standard())
        .score("lab", NOW, findings, List.of(), "sha");
  }

  @Test
  void everythingPassingIsReadyWithFullMarks() {
    Assessment assessment = score(allPassing());
    assertThat(assessment.grade().score()).isEqualTo(100.0);
    assertThat(assessment.grade().letter()).isEqualTo("A+++");
    assertThat(assessment.grade().productionReady()).isTrue();
    assertThat(assessment.gapPlan()).isEmpty();
  }

  @Test
  void aCheckScoresTheFractionOfSubjectsThatPassAndWarnIsHalf() {
    List<Finding> findings = allPassing();
    findings.removeIf(f -> f.check().equals("sec.privileged"));
    findings.add(finding("sec.privileged", "a", Status.PASS));
    findings.add(finding("sec.privileged", "b", Status.WARN));
    findings.add(finding("sec.privileged", "c", Status.FAIL));
    findings.add(finding("sec.privileged", "d", Status.NOT_APPLICABLE));
    Assessment assessment = score(findings);
    // security has 10 catalogue checks; sec.privileged scores 1.5/3 = 0.5
    double security = 100 * (9 + 0.5) / 10;
    assertThat(categoryScore(assessment, Category.SECURITY)).isEqualTo(security);
    assertThat(assessment.grade().score()).isEqualTo(Scorer.round1(100 - 15 * 5.0 / 100));
  }

  @Test
  void unverifiedScoresAsFailureAndBlocksWhenTheCheckIsBlocking() {
    List<Finding> findings = allPassing();
    findings.removeIf(f -> f.check().equals("sec.auth-bypass"));
    findings.add(finding("sec.auth-bypass", "estate", Status.UNVERIFIED));
    Assessment assessment = score(findings);
    assertThat(assessment.grade().score()).isEqualTo(98.5);
    assertThat(assessment.grade().productionReady()).isFalse();
    assertThat(assessment.grade().blockers())
        .contains("blocking check sec.auth-bypass is unverified (no evidence, so it cannot pass)");
    assertThat(assessment.gapPlan())
        .singleElement()
        .satisfies(g -> assertThat(g.points()).isEqualTo(1.5));
  }

  @Test
  void aBlockingCheckFailsWhenAnySubjectFailsEvenIfOthersAreUnverified() {
    List<Finding> findings = allPassing();
    findings.removeIf(f -> f.check().equals("sec.auth-bypass"));
    findings.add(finding("sec.auth-bypass", "a", Status.UNVERIFIED));
    findings.add(finding("sec.auth-bypass", "b", Status.FAIL));
    assertThat(score(findings).grade().blockers())
        .containsOnlyOnce("blocking check sec.auth-bypass fails")
        .noneMatch(line -> line.contains("unverified"));
  }

  @Test
  void gapPlanPointsAddUpToTheMissingScoreAndRankBestFirst() {
    List<Finding> findings = allPassing();
    findings.removeIf(f -> f.check().startsWith("avail.") || f.check().equals("rel.oom"));
    for (String id : List.of("avail.route-status", "avail.latency", "avail.tls")) {
      findings.add(finding(id, "r1", Status.FAIL));
      findings.add(finding(id, "r2", Status.PASS));
    }
    for (String id : List.of("avail.dns", "avail.backends", "avail.uptime")) {
      findings.add(finding(id, "estate", Status.NOT_APPLICABLE));
    }
    findings.add(finding("rel.oom", "estate", Status.FAIL));
    Assessment assessment = score(findings);
    double missing = 100 - assessment.grade().score();
    double sum = assessment.gapPlan().stream().mapToDouble(GapItem::points).sum();
    assertThat(sum).isCloseTo(missing, org.assertj.core.data.Offset.offset(0.1));
    assertThat(assessment.gapPlan().get(0).check()).startsWith("avail.");
    assertThat(assessment.gapPlan())
        .extracting(GapItem::points)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void aCategoryBelowItsMinimumBlocksEvenWithAHighOverall() {
    List<Finding> findings = allPassing();
    findings.removeIf(f -> f.category() == Category.CHANGE_CONTROL);
    for (String id : Catalogue.standard().ids()) {
      if (Catalogue.standard().get(id).category() == Category.CHANGE_CONTROL) {
        findings.add(finding(id, "estate", Status.FAIL));
      }
    }
    Assessment assessment = score(findings);
    assertThat(assessment.grade().score()).isEqualTo(92.0);
    assertThat(assessment.grade().productionReady()).isFalse();
    assertThat(assessment.grade().blockers())
        .contains("change_control 0.0 is below its minimum 60");
  }

  @Test
  void lettersFollowTheBands() {
    Rubric rubric = defaultRubric();
    assertThat(rubric.letterFor(95)).isEqualTo("A+++");
    assertThat(rubric.letterFor(94.9)).isEqualTo("A+");
    assertThat(rubric.letterFor(72.4)).isEqualTo("B");
    assertThat(rubric.letterFor(59.9)).isEqualTo("Failing");
  }

  private static double categoryScore(Assessment assessment, Category category) {
    return assessment.categories().stream()
        .filter(c -> c.id() == category)
        .findFirst()
        .orElseThrow()
        .score()
        .orElseThrow();
  }
}
