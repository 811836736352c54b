package dev.opsgrade.score;

import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Finding;
import java.time.Instant;
import java.util.List;

/**
 * The assessment: everything in it is determined by the evidence bundle and the rubric, so the same
 * bundle always gives the same assessment.json.
 */
public record Assessment(
    String inventory,
    Instant collectedAt,
    Grade grade,
    List<CategoryScore> categories,
    List<Finding> findings,
    List<GapItem> gapPlan,
    List<Claim> claims,
    String evidenceSha256) {}
