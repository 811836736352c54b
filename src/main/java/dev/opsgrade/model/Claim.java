package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/** A claim found in the docs, compared with the measured fact. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Claim(
    String file,
    int line,
    String text,
    String claimed,
    Optional<String> measured,
    Verdict verdict,
    Optional<String> note) {

  public enum Verdict {
    MATCHES,
    CONTRADICTS,
    UNVERIFIABLE
  }
}
