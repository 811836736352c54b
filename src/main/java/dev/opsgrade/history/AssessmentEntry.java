package dev.opsgrade.history;

import dev.opsgrade.score.Assessment;
import java.time.Instant;

/** The payload of an assessment's journal entry: enough to find it and to see its verdict. */
record AssessmentEntry(
    long assessmentId,
    Instant collectedAt,
    double score,
    String letter,
    boolean productionReady,
    String evidenceSha256) {

  static AssessmentEntry of(long id, Assessment assessment) {
    return new AssessmentEntry(
        id,
        assessment.collectedAt(),
        assessment.grade().score(),
        assessment.grade().letter(),
        assessment.grade().productionReady(),
        assessment.evidenceSha256());
  }
}
