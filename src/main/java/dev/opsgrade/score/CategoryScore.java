package dev.opsgrade.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opsgrade.model.Category;
import java.util.Optional;

/** A category's score (0-100); absent when none of its checks applied. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CategoryScore(
    Category id, double weight, Optional<Double> score, double minimum, int checks, int failing) {

  public boolean belowMinimum() {
    return score.map(s -> s < minimum).orElse(false);
  }
}
