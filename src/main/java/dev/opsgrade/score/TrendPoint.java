package dev.opsgrade.score;

import java.time.Instant;

/** One recorded assessment on the grade trend: when its evidence was collected, and its grade. */
public record TrendPoint(Instant collectedAt, double score, String letter) {}
