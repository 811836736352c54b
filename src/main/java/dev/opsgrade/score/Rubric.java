package dev.opsgrade.score;

import dev.opsgrade.model.Category;
import java.util.List;
import java.util.Map;

/** Category weights and minimums, check weights, the target score and the letter bands. */
public record Rubric(
    double target,
    Map<Category, CategoryRule> categories,
    Map<String, Double> checkWeights,
    List<LetterBand> letters) {

  public record CategoryRule(double weight, double minimum) {}

  public record LetterBand(double min, String letter) {}

  public double checkWeight(String checkId) {
    return checkWeights.getOrDefault(checkId, 1.0);
  }

  public String letterFor(double score) {
    for (LetterBand band : letters) {
      if (score >= band.min()) {
        return band.letter();
      }
    }
    return letters.get(letters.size() - 1).letter();
  }
}
