package dev.opsgrade.score;

import dev.opsgrade.model.Category;

/** A finding to fix and the points of the overall score that fixing it adds. */
public record GapItem(
    String check, Category category, String subject, double points, boolean blocking) {}
