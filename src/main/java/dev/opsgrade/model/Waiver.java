package dev.opsgrade.model;

import java.time.LocalDate;

/**
 * An accepted exception for one check and subject (exact or a glob), until it expires. Waivers are
 * read from the waivers file into the evidence, so that a saved bundle re-grades the same.
 */
@FactKind("waiver")
public record Waiver(
    String check, String subject, String justification, String approver, LocalDate expires) {}
