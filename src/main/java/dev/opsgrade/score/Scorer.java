package dev.opsgrade.score;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns findings into scores. A check scores the fraction of its subjects that pass (WARN half); a
 * category the weighted mean of its checks; the overall score the weighted mean of the categories.
 * NOT_APPLICABLE findings leave the denominator.
 */
public final class Scorer {
  private final Rubric rubric;
  private final Catalogue catalogue;

  public Scorer(Rubric rubric, Catalogue catalogue) {
    this.rubric = rubric;
    this.catalogue = catalogue;
  }

  public Assessment score(
      String inventory,
      Instant collectedAt,
      List<Finding> findings,
      List<Claim> claims,
      String evidenceSha256) {
    Map<String, CheckTally> tallies = tally(findings);
    Map<Category, Double> categoryScores = new LinkedHashMap<>();
    List<CategoryScore> categories = new ArrayList<>();
    for (Category category : Category.values()) {
      Rubric.CategoryRule rule = rubric.categories().get(category);
      Optional<Double> score = categoryScore(category, tallies);
      score.ifPresent(s -> categoryScores.put(category, s));
      long checks = tallies.values().stream().filter(t -> t.category == category).count();
      long failing =
          tallies.values().stream().filter(t -> t.category == category && t.problems > 0).count();
      categories.add(
          new CategoryScore(
              category,
              rule.weight(),
              score.map(Scorer::round1),
              rule.minimum(),
              (int) checks,
              (int) failing));
    }
    double overall = round1(overall(categoryScores));
    List<GapItem> gapPlan = gapPlan(findings, tallies, categoryScores);
    Grade grade = grade(overall, categories, findings, gapPlan);
    return new Assessment(
        inventory, collectedAt, grade, categories, findings, gapPlan, claims, evidenceSha256);
  }

  private Map<String, CheckTally> tally(List<Finding> findings) {
    Map<String, CheckTally> tallies = new TreeMap<>();
    for (Finding finding : findings) {
      tallies
          .computeIfAbsent(finding.check(), id -> new CheckTally(finding.category()))
          .add(finding.status());
    }
    return tallies;
  }

  private Optional<Double> categoryScore(Category category, Map<String, CheckTally> tallies) {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<String, CheckTally> entry : tallies.entrySet()) {
      CheckTally tally = entry.getValue();
      if (tally.category != category || tally.counted == 0) {
        continue;
      }
      double weight = rubric.checkWeight(entry.getKey());
      weighted += weight * tally.credit / tally.counted;
      weights += weight;
    }
    return weights == 0 ? Optional.empty() : Optional.of(100 * weighted / weights);
  }

  private double overall(Map<Category, Double> categoryScores) {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<Category, Double> entry : categoryScores.entrySet()) {
      double weight = rubric.categories().get(entry.getKey()).weight();
      weighted += weight * entry.getValue();
      weights += weight;
    }
    return weights == 0 ? 0 : weighted / weights;
  }

  /** Points each problem finding would add to the overall score once fixed, best first. */
  private List<GapItem> gapPlan(
      List<Finding> findings, Map<String, CheckTally> tallies, Map<Category, Double> scored) {
    double totalWeight =
        scored.keySet().stream().mapToDouble(c -> rubric.categories().get(c).weight()).sum();
    List<GapItem> items = new ArrayList<>();
    for (Finding finding : findings) {
      if (!finding.status().isProblem() || totalWeight == 0) {
        continue;
      }
      CheckTally tally = tallies.get(finding.check());
      double checkShare =
          rubric.checkWeight(finding.check()) / checkWeights(finding.category(), tallies);
      double categoryShare = rubric.categories().get(finding.category()).weight() / totalWeight;
      double gain = (1 - finding.status().credit()) / tally.counted;
      double points = 100 * categoryShare * checkShare * gain;
      boolean blocking = blocks(finding);
      items.add(
          new GapItem(
              finding.check(), finding.category(), finding.subject(), round2(points), blocking));
    }
    items.sort(
        (a, b) -> {
          int byPoints = Double.compare(b.points(), a.points());
          if (byPoints != 0) {
            return byPoints;
          }
          int byBlocking = Boolean.compare(b.blocking(), a.blocking());
          if (byBlocking != 0) {
            return byBlocking;
          }
          int byCheck = a.check().compareTo(b.check());
          return byCheck != 0 ? byCheck : a.subject().compareTo(b.subject());
        });
    return List.copyOf(items);
  }

  private double checkWeights(Category category, Map<String, CheckTally> tallies) {
    return tallies.entrySet().stream()
        .filter(e -> e.getValue().category == category && e.getValue().counted > 0)
        .mapToDouble(e -> rubric.checkWeight(e.getKey()))
        .sum();
  }

  private boolean blocks(Finding finding) {
    boolean blockingCheck = catalogue.find(finding.check()).map(m -> m.blocking()).orElse(false);
    return blockingCheck
        && (finding.status() == Status.FAIL || finding.status() == Status.UNVERIFIED);
  }

  private Grade grade(
      double overall,
      List<CategoryScore> categories,
      List<Finding> findings,
      List<GapItem> gapPlan) {
    List<String> blockers = new ArrayList<>();
    if (overall < rubric.target()) {
      blockers.add("overall " + overall + " is below the target " + trim(rubric.target()));
    }
    for (CategoryScore category : categories) {
      if (category.belowMinimum()) {
        blockers.add(
            category.id().id()
                + " "
                + category.score().orElseThrow()
                + " is below its minimum "
                + trim(category.minimum()));
      }
    }
    blockers.addAll(blockingChecks(findings, gapPlan));
    return new Grade(
        overall,
        rubric.letterFor(overall),
        blockers.isEmpty(),
        rubric.target(),
        List.copyOf(blockers),
        fixesToTarget(overall, gapPlan));
  }

  /**
   * One line per blocking check that holds the grade back: it fails where any subject fails, and is
   * only unverified where no subject fails but some lack evidence. In gap plan order.
   */
  private List<String> blockingChecks(List<Finding> findings, List<GapItem> gapPlan) {
    Set<String> failing = new HashSet<>();
    findings.stream()
        .filter(f -> blocks(f) && f.status() == Status.FAIL)
        .forEach(f -> failing.add(f.check()));
    return gapPlan.stream()
        .filter(GapItem::blocking)
        .map(GapItem::check)
        .distinct()
        .map(
            id ->
                "blocking check "
                    + id
                    + (failing.contains(id)
                        ? " fails"
                        : " is unverified (no evidence, so it cannot pass)"))
        .toList();
  }

  private int fixesToTarget(double overall, List<GapItem> gapPlan) {
    double score = overall;
    int fixes = 0;
    for (GapItem item : gapPlan) {
      if (score >= rubric.target()) {
        break;
      }
      score += item.points();
      fixes++;
    }
    return score >= rubric.target() - 0.05 ? fixes : -1;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  static double round1(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  static double round2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static final class CheckTally {
    private final Category category;
    private int counted;
    private double credit;
    private int problems;

    CheckTally(Category category) {
      this.category = category;
    }

    void add(Status status) {
      if (!status.counts()) {
        return;
      }
      counted++;
      credit += status.credit();
      if (status.isProblem()) {
        problems++;
      }
    }
  }
}
