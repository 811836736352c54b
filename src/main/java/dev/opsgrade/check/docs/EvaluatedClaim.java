package dev.opsgrade.check.docs;

import dev.opsgrade.collect.docs.DocClaim;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Optional;

/**
 * A claim of the docs with its verdict, and what the checks and reports need beyond the {@link
 * Claim}: the evidence it rests on and, when it is contradicted, the words to write instead.
 *
 * @param measuredText the measured value alone ("62", "60/62"), empty when nothing was measured
 * @param correction the claim's phrase with the measured value in it ("62 containers")
 * @param reason why it could not be verified, when it could not
 */
public record EvaluatedClaim(
    FactView<DocClaim> source,
    Claim claim,
    Optional<String> measuredText,
    Optional<String> measuredBy,
    List<String> evidence,
    Optional<String> correction,
    Optional<String> reason) {

  public DocClaim doc() {
    return source.data();
  }

  public Claim.Verdict verdict() {
    return claim.verdict();
  }
}
