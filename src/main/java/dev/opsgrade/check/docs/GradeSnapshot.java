package dev.opsgrade.check.docs;

/**
 * The assessment's own grade, which grade claims in the docs ("A+++", "72/100") are compared with.
 * The pipeline makes it from its first scoring pass: {@code new GradeSnapshot(grade.score(),
 * grade.letter())}.
 */
public record GradeSnapshot(double score, String letter) {}
