package dev.opsgrade.score;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the previous assessment. Findings are matched by check and subject: {@code
 * newProblems} are problems now that were not before, {@code fixed} problems before that are not
 * now, {@code stillOpen} problems in both. Without a previous assessment every list is empty and
 * the explanation says so.
 */
public record Changes(
    Optional<Snapshot> previous,
    Snapshot current,
    double scoreDelta,
    List<CategoryChange> categories,
    List<Finding> newProblems,
    List<Finding> fixed,
    List<Finding> stillOpen,
    String explanation) {

  /** The headline of one assessment. */
  public record Snapshot(Instant collectedAt, double score, String letter) {

    static Snapshot of(Assessment assessment) {
      return new Snapshot(
          assessment.collectedAt(), assessment.grade().score(), assessment.grade().letter());
    }
  }

  /** A category's score before and now (absent when it had no applicable check). */
  public record CategoryChange(
      Category category, double weight, Optional<Double> before, Optional<Double> after) {

    /** Score points gained (positive) or lost; zero unless scored both times. */
    public double delta() {
      if (before.isEmpty() || after.isEmpty()) {
        return 0;
      }
      return Scorer.round1(after.get() - before.get());
    }

    /** The change as it moves the overall score: the delta times the category's weight. */
    public double weightedDelta() {
      return weight * delta();
    }
  }

  public boolean firstAssessment() {
    return previous.isEmpty();
  }

  public boolean letterChanged() {
    return previous.map(p -> !p.letter().equals(current.letter())).orElse(false);
  }
}
