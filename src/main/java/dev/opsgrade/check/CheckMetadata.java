package dev.opsgrade.check;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Severity;

/** What a check is, why it matters, what evidence it needs and how to fix a failure. */
public record CheckMetadata(
    String id,
    Category category,
    Severity severity,
    boolean blocking,
    String title,
    String rationale,
    String evidence,
    String fix) {}
