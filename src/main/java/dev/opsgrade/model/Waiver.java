package dev.opsgrade.model;

import java.time.LocalDate;

/** An accepted exception for one check and subject, until it expires. */
public record Waiver(
    String check, String subject, String justification, String approver, LocalDate expires) {}
