package dev.opsgrade.score;

import java.util.List;

/**
 * The overall result. {@code blockers} says why the estate is not production ready (empty when it
 * is); {@code fixes_to_target} how many gap-plan items reach the target score (-1: not reachable by
 * fixing findings alone).
 */
public record Grade(
    double score,
    String letter,
    boolean productionReady,
    double target,
    List<String> blockers,
    int fixesToTarget) {}
